//! Embeds the shipped scenarios and locales in the binary, so `cargo run` plays
//! with no other files. Adding a file to `scenarios/` or `locales/<lang>/` is enough:
//! no Rust needs to change.

use std::{env, fs, path::Path};

fn main() {
    let root = env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let root = Path::new(&root);
    println!("cargo:rerun-if-changed=scenarios");
    println!("cargo:rerun-if-changed=locales");

    let mut out = String::new();
    out.push_str("/// Shipped scenario files: (path, text).\n");
    out.push_str("pub static SCENARIOS: &[(&str, &str)] = &[\n");
    for path in files(&root.join("scenarios"), "ron") {
        out.push_str(&format!(
            "    ({:?}, {}),\n",
            shown(root, &path),
            include(root, &path)
        ));
    }
    out.push_str("];\n");
    out.push_str("/// Shipped locale files: (language, path, text).\n");
    out.push_str("pub static LOCALES: &[(&str, &str, &str)] = &[\n");
    let mut langs: Vec<_> = fs::read_dir(root.join("locales"))
        .map(|d| {
            d.flatten()
                .map(|e| e.path())
                .filter(|p| p.is_dir())
                .collect()
        })
        .unwrap_or_default();
    langs.sort();
    for dir in langs {
        let lang = dir.file_name().unwrap().to_string_lossy().to_string();
        for path in files(&dir, "ftl") {
            out.push_str(&format!(
                "    ({lang:?}, {:?}, {}),\n",
                shown(root, &path),
                include(root, &path)
            ));
        }
    }
    out.push_str("];\n");
    let dest = Path::new(&env::var("OUT_DIR").unwrap()).join("embedded_content.rs");
    fs::write(dest, out).expect("write embedded_content.rs");
}

/// The path as people see it in messages: relative to the repo, with `/`.
fn shown(root: &Path, path: &Path) -> String {
    path.strip_prefix(root)
        .unwrap_or(path)
        .to_string_lossy()
        .replace('\\', "/")
}

/// An `include_str!` of the file, so editing it rebuilds the binary. The path is
/// relative to `CARGO_MANIFEST_DIR` as the crate is compiled, not as this script
/// ran: with a build folder shared by several checkouts (CI keeps one outside the
/// clone), cargo may reuse this script's output from another checkout, and an
/// absolute path would then point into that one.
fn include(root: &Path, path: &Path) -> String {
    format!(
        "include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/\", {:?}))",
        shown(root, path)
    )
}

fn files(dir: &Path, ext: &str) -> Vec<std::path::PathBuf> {
    let mut found: Vec<_> = fs::read_dir(dir)
        .map(|d| {
            d.flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == ext))
                .collect()
        })
        .unwrap_or_default();
    found.sort();
    found
}
