//! `pressfacts schema` describes what `extract` writes: every article of
//! `input/` (and an empty one) validates against the generated schema, and a
//! document that breaks the contract does not.

use std::process::Command;

fn schema() -> serde_json::Value {
    let out = Command::new(env!("CARGO_BIN_EXE_pressfacts"))
        .arg("schema")
        .output()
        .expect("binary runs");
    assert!(out.status.success());
    serde_json::from_slice(&out.stdout).expect("the schema is JSON")
}

#[test]
fn every_output_validates_against_the_schema() {
    let schema = schema();
    let validator = jsonschema::validator_for(&schema).expect("a valid JSON Schema");
    let mut checked = 0;
    let mut texts: Vec<String> = vec![String::new()];
    for entry in std::fs::read_dir("input").unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "txt") {
            texts.push(std::fs::read_to_string(&path).unwrap());
        }
    }
    for text in &texts {
        let doc = serde_json::to_value(pressfacts::extract(text)).unwrap();
        let errors: Vec<String> = validator.iter_errors(&doc).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{errors:?}");
        checked += 1;
    }
    assert!(checked > 16);

    let mut broken = serde_json::to_value(pressfacts::extract("签署友好合作协议13项。")).unwrap();
    broken["counts"][0]["qualifier"] = "plenty".into();
    assert!(
        !validator.is_valid(&broken),
        "an unknown qualifier is refused"
    );
    broken["counts"][0]["qualifier"] = "exact".into();
    broken["schema"] = "press-facts/2".into();
    assert!(
        !validator.is_valid(&broken),
        "another schema name is refused"
    );
}
