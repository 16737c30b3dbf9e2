fn main() {
    for s in std::env::args().skip(1) {
        let n = pressfacts::normalize::normalize(&s);
        let t = pressfacts::segment::tokens(&n, 0);
        let c: Vec<char> = n.chars().collect();
        let v: Vec<String> = t
            .iter()
            .map(|t| format!("{}/{}", c[t.start..t.end].iter().collect::<String>(), t.tag))
            .collect();
        println!("{}", v.join(" "));
    }
}
