//! The standalone page's entry point (built by Trunk): mounts every `<partnership-map>` element.

fn main() {
    partnership_map::mount_all();
}
