//! The built binary, run the way users run it: files written, standard
//! output modes, and exit codes for good, bad and mixed batches.

use std::path::Path;
use std::process::{Command, Output};

const ARTICLE: &str = "本次大会共有来自31个国家的近200位嘉宾参会。\n甲市职业学院与澳大利亚职业教育协会签订协议。\n开通甲城—越南河内国际航线。\n大会发布《甲城合作共识》。\n";

fn pressfacts(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_pressfacts"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("binary runs")
}

fn pressfacts_with_stdin(dir: &Path, args: &[&str], stdin: &str) -> Output {
    use std::io::Write;
    use std::process::Stdio;
    let mut child = Command::new(env!("CARGO_BIN_EXE_pressfacts"))
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("binary runs");
    let mut pipe = child.stdin.take().expect("stdin");
    pipe.write_all(stdin.as_bytes()).expect("stdin written");
    drop(pipe);
    child.wait_with_output().expect("binary ends")
}

fn setup() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("news.txt"), ARTICLE).unwrap();
    dir
}

#[test]
fn extract_writes_json_and_five_csvs() {
    let dir = setup();
    let out = pressfacts(dir.path(), &["extract", "news.txt"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let folder = dir.path().join("output/news");
    for name in [
        "facts.json",
        "counts.csv",
        "agreements.csv",
        "routes.csv",
        "institutions.csv",
        "documents.csv",
    ] {
        assert!(folder.join(name).is_file(), "{name} missing");
    }
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(folder.join("facts.json")).unwrap()).unwrap();
    assert_eq!(json["schema"], "press-facts/1");
    assert_eq!(assert_traceable(ARTICLE, &json), 7);
    assert_eq!(json["counts"][0]["value"], 31);
    assert_eq!(json["counts"][1]["text"], "近200位嘉宾");
    let counts = std::fs::read_to_string(folder.join("counts.csv")).unwrap();
    let mut lines = counts.lines();
    assert_eq!(
        lines.next(),
        Some("source,id,value,max,unit,subject,qualifier,text,start,end,mentions,sentence")
    );
    assert!(
        lines
            .next()
            .unwrap()
            .starts_with("news.txt,count-1,31,,个,国家,exact,31个国家,")
    );
    let summary = String::from_utf8_lossy(&out.stderr);
    assert!(summary.contains("news.txt: 2 counts"), "{summary}");
}

#[test]
fn out_flag_sets_the_folder() {
    let dir = setup();
    let out = pressfacts(dir.path(), &["extract", "news.txt", "-o", "elsewhere"]);
    assert!(out.status.success());
    assert!(dir.path().join("elsewhere/news/facts.json").is_file());
}

#[test]
fn stdout_json_is_exactly_one_document() {
    let dir = setup();
    let out = pressfacts(
        dir.path(),
        &["extract", "news.txt", "--stdout", "--format", "json"],
    );
    assert!(out.status.success());
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("one JSON document");
    assert_eq!(doc["source"]["path"], "news.txt");
    assert_eq!(
        doc["routes"][0]["stops"],
        serde_json::json!(["甲城", "河内"])
    );
    assert!(
        !dir.path().join("output").exists(),
        "--stdout writes no files"
    );
}

#[test]
fn stdout_jsonl_is_one_line_per_article_and_csv_one_table() {
    let dir = setup();
    std::fs::copy(dir.path().join("news.txt"), dir.path().join("copy.txt")).unwrap();
    let out = pressfacts(
        dir.path(),
        &[
            "extract", "news.txt", "copy.txt", "--stdout", "--format", "jsonl",
        ],
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(text.lines().count(), 2);
    let out = pressfacts(
        dir.path(),
        &[
            "extract",
            "news.txt",
            "copy.txt",
            "--stdout",
            "--format",
            "csv",
            "--table",
            "documents",
        ],
    );
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 3, "{text}");
    assert!(lines[0].starts_with("source,id,title,action"));
    assert!(lines[2].starts_with("copy.txt,document-1,甲城合作共识,发布"));
}

#[test]
fn stdin_is_read_with_dash() {
    let dir = setup();
    let out = pressfacts_with_stdin(
        dir.path(),
        &["extract", "-", "--stdout"],
        "签署14项合作协议。",
    );
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["counts"][0]["value"], 14);
}

#[test]
fn a_bad_file_fails_alone_with_exit_1() {
    let dir = setup();
    std::fs::write(dir.path().join("image.txt"), b"\x89PNG\r\n\x1a\n\0\0\0").unwrap();
    let out = pressfacts(
        dir.path(),
        &["extract", "image.txt", "missing.txt", "news.txt"],
    );
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("image.txt") && err.contains("binary"), "{err}");
    assert!(err.contains("missing.txt"), "{err}");
    assert!(err.contains("1 succeeded, 2 failed"), "{err}");
    assert!(
        dir.path().join("output/news/facts.json").is_file(),
        "the good file is still written"
    );
}

#[test]
fn usage_errors_exit_2() {
    let dir = setup();
    assert_eq!(pressfacts(dir.path(), &["extract"]).status.code(), Some(2));
    assert_eq!(
        pressfacts(
            dir.path(),
            &["extract", "news.txt", "--format", "xml", "--stdout"]
        )
        .status
        .code(),
        Some(2)
    );
    assert_eq!(pressfacts(dir.path(), &["nonsense"]).status.code(), Some(2));
}

#[test]
fn refuses_to_overwrite_an_input() {
    let dir = setup();
    std::fs::create_dir_all(dir.path().join("out/counts")).unwrap();
    std::fs::write(dir.path().join("out/counts/counts.csv"), ARTICLE).unwrap();
    let out = pressfacts(
        dir.path(),
        &["extract", "out/counts/counts.csv", "-o", "out"],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("refusing"));
    assert_eq!(
        std::fs::read_to_string(dir.path().join("out/counts/counts.csv")).unwrap(),
        ARTICLE
    );
}

#[test]
fn gbk_and_utf16_files_give_the_same_facts_and_report_their_encoding() {
    let dir = setup();
    let (gbk, _, _) = encoding_rs::GBK.encode(ARTICLE);
    std::fs::write(dir.path().join("gbk.txt"), &gbk).unwrap();
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(ARTICLE.encode_utf16().flat_map(u16::to_le_bytes));
    std::fs::write(dir.path().join("utf16.txt"), &utf16).unwrap();
    let facts = |name: &str, extra: &[&str]| {
        let mut args = vec!["extract", name, "--stdout"];
        args.extend_from_slice(extra);
        let out = pressfacts(dir.path(), &args);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        doc
    };
    let utf8 = facts("news.txt", &[]);
    for (name, extra, encoding) in [
        ("gbk.txt", &[][..], "gbk"),
        ("utf16.txt", &[][..], "utf-16le"),
        ("gbk.txt", &["--encoding", "gb18030"][..], "gb18030"),
    ] {
        let doc = facts(name, extra);
        assert_eq!(doc["source"]["encoding"], encoding, "{name}");
        // Spans count characters of the decoded text, not bytes of the file.
        assert_traceable(ARTICLE, &doc);
        assert_eq!(doc["counts"], utf8["counts"], "{name}");
        assert_eq!(doc["institutions"], utf8["institutions"], "{name}");
        assert_eq!(doc["source"]["chars"], utf8["source"]["chars"], "{name}");
    }
}

#[test]
fn an_unknown_encoding_name_is_a_usage_error() {
    let dir = setup();
    let out = pressfacts(
        dir.path(),
        &["extract", "news.txt", "--encoding", "klingon"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown encoding"));
}

#[test]
fn an_empty_file_gives_an_empty_result_and_a_warning() {
    let dir = setup();
    std::fs::write(dir.path().join("empty.txt"), " \n\n").unwrap();
    let out = pressfacts(dir.path(), &["extract", "empty.txt"]);
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("warning: empty.txt: empty file"), "{err}");
    let json = std::fs::read_to_string(dir.path().join("output/empty/facts.json")).unwrap();
    let doc: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(doc["counts"].as_array().map(Vec::len), Some(0));
    let csv = std::fs::read_to_string(dir.path().join("output/empty/counts.csv")).unwrap();
    assert_eq!(csv.lines().count(), 1, "a header and no rows");
}

#[test]
fn a_directory_and_undecodable_bytes_are_errors_naming_the_file() {
    let dir = setup();
    std::fs::create_dir(dir.path().join("folder.txt")).unwrap();
    std::fs::write(
        dir.path().join("junk.txt"),
        [0x9c, 0x02, 0xff, 0x01].repeat(50),
    )
    .unwrap();
    let out = pressfacts(
        dir.path(),
        &["extract", "folder.txt", "junk.txt", "news.txt"],
    );
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("folder.txt: cannot read: a folder with no files to read"),
        "{err}"
    );
    assert!(err.contains("junk.txt: cannot decode"), "{err}");
    assert!(err.contains("1 succeeded, 2 failed"), "{err}");
}

#[test]
fn a_text_and_a_page_with_one_name_skip_the_second_and_say_why() {
    let dir = setup();
    std::fs::create_dir(dir.path().join("pages")).unwrap();
    std::fs::write(dir.path().join("pages/x.txt"), ARTICLE).unwrap();
    std::fs::write(
        dir.path().join("pages/x.html"),
        "<html><body><p>签署友好合作协议13项。</p></body></html>",
    )
    .unwrap();
    let out = pressfacts(dir.path(), &["extract", "pages"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("pages/x.txt: skipped: pages/x.html writes to the same output folder"),
        "{err}"
    );
    assert!(err.contains("1 succeeded, 1 failed"), "{err}");
    // The folder holds the page's facts, not the text's.
    let json = std::fs::read_to_string(dir.path().join("output/pages/x/facts.json")).unwrap();
    assert!(json.contains("\"path\": \"pages/x.html\""), "{json}");
}

/// A folder tree of articles: two levels, a file that is not text.
fn archive(dir: &Path) {
    let root = dir.join("archive");
    std::fs::create_dir_all(root.join("2024/06")).unwrap();
    std::fs::write(root.join("a.txt"), ARTICLE).unwrap();
    std::fs::write(root.join("2024/06/b.txt"), "签署友好合作协议13项。\n").unwrap();
    std::fs::write(
        root.join("2024/c.txt"),
        "开通乙城—泰国曼谷航线，近500位旅客出行。\n",
    )
    .unwrap();
    std::fs::write(root.join("2024/logo.png"), b"\x89PNG\r\n\x1a\n\0\0").unwrap();
}

#[test]
fn a_folder_of_one_article_still_gets_the_runs_tables_and_a_file_does_not() {
    let dir = setup();
    std::fs::create_dir(dir.path().join("today")).unwrap();
    std::fs::write(dir.path().join("today/a.txt"), ARTICLE).unwrap();
    let out = pressfacts(dir.path(), &["extract", "today", "-o", "folder"]);
    assert!(out.status.success());
    let jsonl = std::fs::read_to_string(dir.path().join("folder/facts.jsonl")).unwrap();
    assert_eq!(jsonl.lines().count(), 1);
    assert!(dir.path().join("folder/counts.csv").is_file());
    let out = pressfacts(dir.path(), &["extract", "news.txt", "-o", "file"]);
    assert!(out.status.success());
    assert!(dir.path().join("file/news/facts.json").is_file());
    assert!(!dir.path().join("file/facts.jsonl").exists());
}

#[test]
fn a_folder_is_walked_mirrored_and_combined_in_input_order() {
    let dir = setup();
    archive(dir.path());
    let out = pressfacts(dir.path(), &["extract", "archive"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for folder in ["archive/a", "archive/2024/c", "archive/2024/06/b"] {
        assert!(
            dir.path()
                .join("output")
                .join(folder)
                .join("facts.json")
                .is_file(),
            "{folder}"
        );
    }
    let jsonl = std::fs::read_to_string(dir.path().join("output/facts.jsonl")).unwrap();
    let paths: Vec<String> = jsonl
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["source"]["path"].to_string()
        })
        .collect();
    assert_eq!(
        paths,
        [
            "\"archive/2024/06/b.txt\"",
            "\"archive/2024/c.txt\"",
            "\"archive/a.txt\""
        ]
    );
    let counts = std::fs::read_to_string(dir.path().join("output/counts.csv")).unwrap();
    assert_eq!(
        counts.lines().filter(|l| l.starts_with("source,")).count(),
        1
    );
    assert!(
        counts.contains("archive/2024/06/b.txt,count-1,13,"),
        "{counts}"
    );
    assert!(
        counts.contains("archive/2024/c.txt,count-1,500,"),
        "{counts}"
    );
}

#[test]
fn one_thread_and_two_threads_write_the_same_bytes() {
    let dir = setup();
    archive(dir.path());
    for (jobs, out) in [("1", "one"), ("2", "two")] {
        let run = pressfacts(dir.path(), &["extract", "archive", "-j", jobs, "-o", out]);
        assert!(run.status.success());
    }
    for name in [
        "facts.jsonl",
        "counts.csv",
        "routes.csv",
        "institutions.csv",
    ] {
        assert_eq!(
            std::fs::read(dir.path().join("one").join(name)).unwrap(),
            std::fs::read(dir.path().join("two").join(name)).unwrap(),
            "{name}"
        );
    }
    assert_eq!(
        pressfacts(dir.path(), &["extract", "archive", "-j", "0"])
            .status
            .code(),
        Some(2)
    );
}

#[test]
fn a_second_run_in_the_archive_does_not_read_the_first_runs_output() {
    let dir = setup();
    std::fs::write(
        dir.path().join("page.html"),
        "<html><body><p>签署友好合作协议13项。</p></body></html>",
    )
    .unwrap();
    let run = || {
        let out = pressfacts(dir.path(), &["extract", "."]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        std::fs::read_to_string(dir.path().join("output/facts.jsonl")).unwrap()
    };
    let first = run();
    // The first run wrote output/page/source.txt, the page's text.
    assert!(dir.path().join("output/page/source.txt").is_file());
    assert_eq!(run(), first);
    assert!(!dir.path().join("output/output").exists());
}

/// One article alone is segmented with a dictionary fitted to it, a batch
/// of more than four articles per thread with the full one: the facts
/// written must be the same bytes.
#[test]
fn one_article_alone_and_in_a_batch_write_the_same_facts() {
    let dir = setup();
    let mut batch_args = vec!["extract", "-j", "1", "-o", "batch", "news.txt"];
    let others: Vec<String> = (0..5).map(|i| format!("other{i}.txt")).collect();
    for (i, name) in others.iter().enumerate() {
        let text = format!("开通乙城—泰国曼谷航线,每周{}班。\n", i + 2);
        std::fs::write(dir.path().join(name), text).unwrap();
        batch_args.push(name);
    }
    let alone = pressfacts(dir.path(), &["extract", "news.txt", "-o", "alone"]);
    let batch = pressfacts(dir.path(), &batch_args);
    assert!(alone.status.success() && batch.status.success());
    for name in ["facts.json", "counts.csv", "institutions.csv"] {
        assert_eq!(
            std::fs::read(dir.path().join("alone/news").join(name)).unwrap(),
            std::fs::read(dir.path().join("batch/news").join(name)).unwrap(),
            "{name}"
        );
    }
}

#[test]
fn jsonl_input_streams_one_result_per_article_in_order() {
    let dir = setup();
    let input = concat!(
        // A byte-order mark before the first line, and Windows line ends.
        "\u{feff}{\"id\": \"a-1\", \"text\": \"签署友好合作协议13项。\"}\r\n",
        "not json\n",
        "\n",
        "{\"id\": 42, \"text\": \"近200位嘉宾出席。\"}\n",
    );
    let out = pressfacts_with_stdin(
        dir.path(),
        &[
            "extract",
            "-",
            "--jsonl-input",
            "--stdout",
            "--format",
            "jsonl",
            "-j",
            "2",
        ],
        input,
    );
    assert_eq!(out.status.code(), Some(1), "the bad line fails the run");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("-:2: cannot decode: not a {\"id\", \"text\"} JSON line"),
        "{err}"
    );
    let lines: Vec<serde_json::Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["source"]["path"], "a-1");
    assert_eq!(lines[0]["counts"][0]["value"], 13);
    assert_eq!(lines[1]["source"]["path"], "42");
    assert_eq!(lines[1]["counts"][0]["value"], 200);
}

#[test]
fn a_folder_of_json_lines_shards_is_read_in_sorted_order() {
    let dir = setup();
    let shards = dir.path().join("shards");
    std::fs::create_dir_all(shards.join("b")).unwrap();
    let line = |id: &str, text: &str| format!("{{\"id\": \"{id}\", \"text\": \"{text}\"}}\n");
    std::fs::write(
        shards.join("a.jsonl"),
        line("a1", "签署协议13项。") + &line("a2", "近200位嘉宾。"),
    )
    .unwrap();
    std::fs::write(shards.join("b/c.NDJSON"), line("c1", "31个国家。")).unwrap();
    // What a Spark job writes: a shard, its checksum and a marker.
    std::fs::write(
        shards.join("part-00000"),
        line("p1", "开通甲城—越南河内航线。"),
    )
    .unwrap();
    std::fs::write(shards.join(".part-00000.crc"), "not json").unwrap();
    std::fs::write(shards.join("_SUCCESS"), "").unwrap();
    // Not JSON Lines by its name.
    std::fs::write(shards.join("notes.txt"), "签署协议99项。").unwrap();
    let out = pressfacts(
        dir.path(),
        &[
            "extract",
            "shards",
            "--jsonl-input",
            "--stdout",
            "--format",
            "jsonl",
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let ids: Vec<String> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["source"]["path"].to_string()
        })
        .collect();
    assert_eq!(ids, ["\"a1\"", "\"a2\"", "\"c1\"", "\"p1\""]);
}

#[test]
fn completions_and_man_page_come_from_the_same_definitions() {
    let dir = setup();
    let bash = pressfacts(dir.path(), &["completions", "bash"]);
    assert!(bash.status.success());
    let bash = String::from_utf8_lossy(&bash.stdout);
    assert!(
        bash.contains("pressfacts") && bash.contains("--jsonl-input"),
        "{bash}"
    );
    let man = pressfacts(dir.path(), &["man"]);
    assert!(man.status.success());
    let man = String::from_utf8_lossy(&man.stdout);
    assert!(
        man.starts_with(".ie") || man.contains(".TH pressfacts"),
        "{man}"
    );
    assert_eq!(
        pressfacts(dir.path(), &["completions", "klingon"])
            .status
            .code(),
        Some(2)
    );
}

#[test]
fn excel_csv_starts_with_a_byte_order_mark() {
    let dir = setup();
    std::fs::write(dir.path().join("b.txt"), "签署友好合作协议13项。\n").unwrap();
    let out = pressfacts(dir.path(), &["extract", "news.txt", "b.txt", "--excel"]);
    assert!(out.status.success());
    for file in [
        "output/news/counts.csv",
        "output/b/routes.csv",
        "output/counts.csv",
    ] {
        let bytes = std::fs::read(dir.path().join(file)).unwrap();
        assert!(bytes.starts_with(b"\xEF\xBB\xBFsource,id,"), "{file}");
    }
    let json = std::fs::read(dir.path().join("output/news/facts.json")).unwrap();
    assert!(json.starts_with(b"{"), "JSON gets no mark");
    let out = pressfacts(
        dir.path(),
        &[
            "extract", "news.txt", "b.txt", "--stdout", "--format", "csv", "--excel",
        ],
    );
    assert!(out.stdout.starts_with(b"\xEF\xBB\xBFsource,id,"));
    assert_eq!(
        out.stdout
            .windows(3)
            .filter(|w| *w == b"\xEF\xBB\xBF")
            .count(),
        1
    );
    let plain = std::fs::read(dir.path().join("output/news/counts.csv")).unwrap();
    let out = pressfacts(dir.path(), &["extract", "news.txt"]);
    assert!(out.status.success());
    let now = std::fs::read(dir.path().join("output/news/counts.csv")).unwrap();
    assert_eq!(
        &plain[3..],
        &now[..],
        "without --excel: the same table, no mark"
    );
}

#[test]
fn check_against_a_stored_run_reports_changes_and_updates() {
    let dir = setup();
    assert!(
        pressfacts(dir.path(), &["extract", "news.txt"])
            .status
            .success()
    );
    let same = pressfacts(dir.path(), &["check", "news.txt", "--against", "output"]);
    assert_eq!(same.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&same.stderr).contains("1 unchanged, 0 changed"));

    // The press release is corrected: 31 countries become 32.
    std::fs::write(
        dir.path().join("news.txt"),
        ARTICLE.replace("31个国家", "32个国家"),
    )
    .unwrap();
    let diff = pressfacts(dir.path(), &["check", "news.txt", "--against", "output"]);
    assert_eq!(diff.status.code(), Some(1));
    let report = String::from_utf8_lossy(&diff.stdout);
    assert!(
        report.contains("news.txt: 0 added, 0 removed, 1 changed"),
        "{report}"
    );
    assert!(report.contains("~ count 32个国家"), "{report}");
    assert!(report.contains("value: 31 -> 32"), "{report}");
    assert!(report.contains("in: 本次大会共有来自32个国家"), "{report}");

    let update = pressfacts(
        dir.path(),
        &["check", "news.txt", "--against", "output", "--update"],
    );
    assert_eq!(update.status.code(), Some(0));
    let again = pressfacts(dir.path(), &["check", "news.txt", "--against", "output"]);
    assert_eq!(
        again.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&again.stdout)
    );

    let missing = pressfacts(dir.path(), &["check", "news.txt", "--against", "elsewhere"]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&missing.stdout).contains("no stored facts"));

    // A stored file cut short is not the same as no file.
    std::fs::write(dir.path().join("output/news/facts.json"), "{\"schema\":").unwrap();
    let broken = pressfacts(dir.path(), &["check", "news.txt", "--against", "output"]);
    assert_eq!(broken.status.code(), Some(1));
    let report = String::from_utf8_lossy(&broken.stdout);
    assert!(
        report.contains("news.txt: stored facts at output/news/facts.json are not valid JSON"),
        "{report}"
    );
}

#[test]
fn xlsx_workbook_for_the_run_with_numbers_as_numbers() {
    use calamine::{Data, Reader, Xlsx};
    let dir = setup();
    std::fs::write(dir.path().join("b.txt"), "签署友好合作协议13项。\n").unwrap();
    let out = pressfacts(
        dir.path(),
        &["extract", "news.txt", "b.txt", "--format", "xlsx"],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        dir.path().join("output/news/counts.csv").is_file(),
        "the usual files too"
    );
    let mut book: Xlsx<_> = calamine::open_workbook(dir.path().join("output/facts.xlsx")).unwrap();
    assert_eq!(
        book.sheet_names(),
        [
            "counts",
            "agreements",
            "routes",
            "institutions",
            "documents",
            "sources"
        ]
    );
    let counts = book.worksheet_range("counts").unwrap();
    let rows: Vec<_> = counts.rows().collect();
    assert_eq!(rows[0][0], Data::String("source".into()));
    let b = rows
        .iter()
        .find(|r| r[0] == Data::String("b.txt".into()))
        .unwrap();
    assert_eq!(b[2], Data::Float(13.0));
    let sources = book.worksheet_range("sources").unwrap();
    assert_eq!(sources.rows().count(), 3, "a header and two articles");

    let stdout = pressfacts(
        dir.path(),
        &["extract", "b.txt", "--stdout", "--format", "xlsx"],
    );
    assert!(
        stdout.stdout.starts_with(b"PK"),
        "a zip container on stdout"
    );
    let usage = pressfacts(dir.path(), &["extract", "b.txt", "--format", "csv"]);
    assert_eq!(usage.status.code(), Some(2));
}

/// Checks a written press-facts document against the source text it was
/// read from, as a user would (FACTS.md): every span of every fact lies in
/// the text, the spans are sorted, the first one slices to the fact's
/// `text`, and the sentence holds it. Returns how many facts were checked.
fn assert_traceable(text: &str, doc: &serde_json::Value) -> usize {
    let chars: Vec<char> = text.chars().collect();
    let mut checked = 0;
    for kind in [
        "counts",
        "agreements",
        "routes",
        "institutions",
        "documents",
    ] {
        for fact in doc[kind].as_array().unwrap() {
            let spans: Vec<[usize; 2]> = fact["spans"]
                .as_array()
                .unwrap()
                .iter()
                .map(|span| [0, 1].map(|i| span[i].as_u64().unwrap() as usize))
                .collect();
            assert!(!spans.is_empty(), "{kind} {fact}: no span");
            assert!(
                spans.iter().all(|&[s, e]| s < e && e <= chars.len()),
                "{kind} {fact}: a span outside the {} characters",
                chars.len()
            );
            assert!(spans.is_sorted(), "{kind} {fact}: spans not sorted");
            let [s, e] = spans[0];
            let written = fact["text"].as_str().unwrap();
            assert_eq!(chars[s..e].iter().collect::<String>(), written, "{kind}");
            assert!(
                fact["sentence"].as_str().unwrap().contains(written),
                "{kind} {fact}: not in its sentence"
            );
            checked += 1;
        }
    }
    checked
}

#[test]
fn an_html_page_is_read_as_its_article_text_written_beside_the_facts() {
    let dir = setup();
    let page = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/news_page.html"
    ))
    .unwrap();
    std::fs::create_dir(dir.path().join("pages")).unwrap();
    std::fs::write(dir.path().join("pages/visit.HTML"), &page).unwrap();
    let out = pressfacts(dir.path(), &["extract", "pages"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let folder = dir.path().join("output/pages/visit");
    let text = std::fs::read_to_string(folder.join("source.txt")).unwrap();
    assert!(
        !text.contains('<') && !text.contains("分享到"),
        "markup and chrome are gone"
    );
    let doc: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(folder.join("facts.json")).unwrap()).unwrap();
    assert_eq!(doc["source"]["chars"], text.chars().count());
    let checked = assert_traceable(&text, &doc);
    assert!(checked >= 5, "{checked}");
    assert!(
        doc["counts"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["value"] == 13)
    );
    assert!(doc["routes"][0]["stops"][1] == "河内");
}

#[test]
fn quiet_says_only_errors_and_verbose_names_the_rules() {
    let dir = setup();
    std::fs::write(dir.path().join("empty.txt"), "").unwrap();
    let quiet = pressfacts(dir.path(), &["-q", "extract", "news.txt", "empty.txt"]);
    assert!(quiet.status.success());
    assert_eq!(
        String::from_utf8_lossy(&quiet.stderr),
        "",
        "nothing went wrong"
    );
    let failed = pressfacts(
        dir.path(),
        &["extract", "news.txt", "missing.txt", "--quiet"],
    );
    let err = String::from_utf8_lossy(&failed.stderr);
    assert!(
        err.contains("error: missing.txt") && err.contains("1 succeeded, 1 failed"),
        "{err}"
    );
    assert!(!err.contains("counts,"), "no line per file: {err}");

    let verbose = pressfacts(dir.path(), &["extract", "news.txt", "-v"]);
    let err = String::from_utf8_lossy(&verbose.stderr);
    assert!(err.contains("  count-1 31个国家 ["), "{err}");
    assert!(err.contains("count/preposed"), "{err}");
    assert!(
        err.contains("route/chain") && err.contains("institution/suffix"),
        "{err}"
    );
    assert!(
        !err.contains('\x1b'),
        "no colour when stderr is not a terminal"
    );
    assert_eq!(
        pressfacts(dir.path(), &["-q", "-v", "extract", "news.txt"])
            .status
            .code(),
        Some(2)
    );
}
