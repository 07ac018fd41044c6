//! The standalone page's entry point (built by Trunk): registers `<partnership-map>`, which
//! mounts every such element of the page.

fn main() {
    partnership_map::define();
}
