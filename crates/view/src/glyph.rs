//! The shape of each entity type: types differ by shape as well as colour (map, legend, export).

use pmap_graph::EntityType;

/// An SVG path for the type, centred on the origin, about 22 units across.
pub fn glyph_path(kind: EntityType) -> &'static str {
    match kind {
        EntityType::Organization => "M-10,0a10,10 0 1,0 20,0a10,10 0 1,0 -20,0Z",
        EntityType::Person => "M0,-11L11,0L0,11L-11,0Z",
        EntityType::Event => "M0,-12L11,8L-11,8Z",
        EntityType::Agreement => "M-9,-9L9,-9L9,9L-9,9Z",
        EntityType::Place => "M-10,0L-5,-9L5,-9L10,0L5,9L-5,9Z",
        EntityType::Initiative => "M0,-11L10.5,-3.4L6.5,8.9L-6.5,8.9L-10.5,-3.4Z",
    }
}

/// The corners of each type's polygon, as in [`glyph_path`] (an organisation is a disc of
/// radius 10).
fn corners(kind: EntityType) -> &'static [[f64; 2]] {
    match kind {
        EntityType::Organization => &[],
        EntityType::Person => &[[0.0, -11.0], [11.0, 0.0], [0.0, 11.0], [-11.0, 0.0]],
        EntityType::Event => &[[0.0, -12.0], [11.0, 8.0], [-11.0, 8.0]],
        EntityType::Agreement => &[[-9.0, -9.0], [9.0, -9.0], [9.0, 9.0], [-9.0, 9.0]],
        EntityType::Place => &[
            [-10.0, 0.0],
            [-5.0, -9.0],
            [5.0, -9.0],
            [10.0, 0.0],
            [5.0, 9.0],
            [-5.0, 9.0],
        ],
        EntityType::Initiative => &[
            [0.0, -11.0],
            [10.5, -3.4],
            [6.5, 8.9],
            [-6.5, 8.9],
            [-10.5, -3.4],
        ],
    }
}

/// Appends the type's glyph drawn at `at`, `scale` times its size, to an SVG path's data: many
/// marks of one look as one path (a large map's marks, `batched_marks`).
pub fn glyph_at(kind: EntityType, at: [f64; 2], scale: f64, d: &mut String) {
    let n = crate::export::push_tenths;
    let [x, y] = at;
    if kind == EntityType::Organization {
        // "M{x-r},{y}a{r},{r} 0 1,0 {2r},0a{r},{r} 0 1,0 -{2r},0Z": a circle as two arcs.
        d.push('M');
        n(d, x - 10.0 * scale);
        d.push(',');
        n(d, y);
        for sign in ["", "-"] {
            d.push('a');
            n(d, 10.0 * scale);
            d.push(',');
            n(d, 10.0 * scale);
            d.push_str(" 0 1,0 ");
            d.push_str(sign);
            n(d, 20.0 * scale);
            d.push_str(",0");
        }
        d.push('Z');
        return;
    }
    for (i, c) in corners(kind).iter().enumerate() {
        d.push(if i == 0 { 'M' } else { 'L' });
        n(d, x + c[0] * scale);
        d.push(',');
        n(d, y + c[1] * scale);
    }
    d.push('Z');
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A path's commands and numbers, numbers as read.
    fn read(d: &str) -> Vec<(char, Vec<f64>)> {
        let mut out: Vec<(char, Vec<f64>)> = Vec::new();
        let mut number = String::new();
        let flush = |number: &mut String, out: &mut Vec<(char, Vec<f64>)>| {
            if !number.is_empty() {
                out.last_mut().unwrap().1.push(number.parse().unwrap());
                number.clear();
            }
        };
        for ch in d.chars() {
            if ch.is_ascii_alphabetic() {
                flush(&mut number, &mut out);
                out.push((ch, Vec::new()));
            } else if ch == ',' || ch == ' ' || (ch == '-' && !number.is_empty()) {
                flush(&mut number, &mut out);
                if ch == '-' {
                    number.push(ch);
                }
            } else {
                number.push(ch);
            }
        }
        flush(&mut number, &mut out);
        out
    }

    #[test]
    fn a_glyph_drawn_at_the_origin_is_the_glyph() {
        for &kind in EntityType::ALL {
            let mut d = String::new();
            glyph_at(kind, [0.0, 0.0], 1.0, &mut d);
            assert_eq!(read(&d), read(glyph_path(kind)), "{kind:?}");
        }
    }

    #[test]
    fn a_glyph_drawn_elsewhere_is_moved_and_scaled() {
        let mut d = String::new();
        glyph_at(EntityType::Person, [100.0, -50.0], 2.0, &mut d);
        assert_eq!(d, "M100.0,-72.0L122.0,-50.0L100.0,-28.0L78.0,-50.0Z");
        d.clear();
        glyph_at(EntityType::Organization, [5.0, 5.0], 0.5, &mut d);
        assert_eq!(d, "M0.0,5.0a5.0,5.0 0 1,0 10.0,0a5.0,5.0 0 1,0 -10.0,0Z");
    }
}
