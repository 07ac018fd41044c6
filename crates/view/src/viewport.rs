//! Pan and zoom: which part of the layout the map shows, and the arithmetic between screen
//! pixels and layout units (an SVG `viewBox` with `preserveAspectRatio="xMidYMid meet"`).

/// The part of the layout shown: its centre and a zoom factor over the fitted box.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Viewport {
    /// The fitted box (min x, min y, width, height) that zoom 1 shows.
    pub base: [f64; 4],
    pub cx: f64,
    pub cy: f64,
    pub zoom: f64,
}

pub const MIN_ZOOM: f64 = 0.5;
pub const MAX_ZOOM: f64 = 8.0;
/// The factor of one zoom button press or keyboard zoom step.
pub const ZOOM_STEP: f64 = 1.25;

/// A screen rectangle: left, top, width, height in CSS pixels.
pub type Rect = [f64; 4];

impl Viewport {
    /// Shows `base` whole.
    pub fn fit(base: [f64; 4]) -> Viewport {
        Viewport {
            base,
            cx: base[0] + base[2] / 2.0,
            cy: base[1] + base[3] / 2.0,
            zoom: 1.0,
        }
    }

    /// The `viewBox` to set on the SVG.
    pub fn view_box(&self) -> [f64; 4] {
        let (w, h) = (self.base[2] / self.zoom, self.base[3] / self.zoom);
        [self.cx - w / 2.0, self.cy - h / 2.0, w, h]
    }

    /// Zooms by `factor`, keeping the layout point `at` where it is on screen.
    pub fn zoom_at(&self, factor: f64, at: [f64; 2]) -> Viewport {
        let zoom = (self.zoom * factor).clamp(MIN_ZOOM, MAX_ZOOM);
        let k = self.zoom / zoom;
        Viewport {
            cx: at[0] - (at[0] - self.cx) * k,
            cy: at[1] - (at[1] - self.cy) * k,
            zoom,
            ..*self
        }
    }

    /// Zooms by `factor` about the centre.
    pub fn zoom_by(&self, factor: f64) -> Viewport {
        self.zoom_at(factor, [self.cx, self.cy])
    }

    /// Moves the view by a screen distance in pixels (dragging the background by that much).
    pub fn pan_pixels(&self, rect: Rect, dx: f64, dy: f64) -> Viewport {
        let s = self.pixels_per_unit(rect);
        Viewport {
            cx: self.cx - dx / s,
            cy: self.cy - dy / s,
            ..*self
        }
    }

    /// Centres the view on a layout point, keeping the zoom.
    pub fn centre_on(&self, at: [f64; 2]) -> Viewport {
        Viewport {
            cx: at[0],
            cy: at[1],
            ..*self
        }
    }

    /// Whether a layout point is inside the shown box, `margin` (a fraction) away from its edges.
    pub fn shows(&self, at: [f64; 2], margin: f64) -> bool {
        let [x, y, w, h] = self.view_box();
        at[0] >= x + w * margin
            && at[0] <= x + w * (1.0 - margin)
            && at[1] >= y + h * margin
            && at[1] <= y + h * (1.0 - margin)
    }

    /// Screen pixels per layout unit in an element of `rect`.
    pub fn pixels_per_unit(&self, rect: Rect) -> f64 {
        let [_, _, w, h] = self.view_box();
        let s = (rect[2] / w).min(rect[3] / h);
        if s.is_finite() && s > 0.0 {
            s
        } else {
            1.0
        }
    }

    /// The layout point under a screen point (client coordinates) of an element of `rect`.
    pub fn to_layout(&self, rect: Rect, client: [f64; 2]) -> [f64; 2] {
        let [x, y, w, h] = self.view_box();
        let s = self.pixels_per_unit(rect);
        let ox = (rect[2] - w * s) / 2.0;
        let oy = (rect[3] - h * s) / 2.0;
        [
            x + (client[0] - rect[0] - ox) / s,
            y + (client[1] - rect[1] - oy) / s,
        ]
    }

    /// Where a layout point is drawn in a drawing of `size` (CSS pixels from its top-left).
    pub fn to_screen(&self, size: [f64; 2], at: [f64; 2]) -> [f64; 2] {
        let [x, y, w, h] = self.view_box();
        let s = self.pixels_per_unit([0.0, 0.0, size[0], size[1]]);
        [
            (size[0] - w * s) / 2.0 + (at[0] - x) * s,
            (size[1] - h * s) / 2.0 + (at[1] - y) * s,
        ]
    }

    /// The scale `k` and offset `(tx, ty)` that move a drawing of `size` made for `self` to
    /// where `to` would draw it: screen point p goes to `k·p + t`. Panning and zooming apply it
    /// to the drawing as one transform, and draw anew only when the gesture rests.
    pub fn transform_to(&self, to: &Viewport, size: [f64; 2]) -> [f64; 3] {
        let rect = [0.0, 0.0, size[0], size[1]];
        let k = to.pixels_per_unit(rect) / self.pixels_per_unit(rect);
        let origin = self.to_screen(size, [0.0, 0.0]);
        let moved = to.to_screen(size, [0.0, 0.0]);
        [k, moved[0] - k * origin[0], moved[1] - k * origin[1]]
    }

    /// Whether the drawing made for `self`, moved to `to`, still covers the whole of a drawing of
    /// `size`, give or take `slack` of its size: no empty band where the drawing ends.
    pub fn still_covers(&self, to: &Viewport, size: [f64; 2], slack: f64) -> bool {
        let [k, tx, ty] = self.transform_to(to, size);
        let (sx, sy) = (size[0] * slack, size[1] * slack);
        k.is_finite()
            && tx <= sx
            && ty <= sy
            && tx + k * size[0] >= size[0] - sx
            && ty + k * size[1] >= size[1] - sy
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const RECT: Rect = [10.0, 20.0, 400.0, 300.0];

    fn close(a: [f64; 2], b: [f64; 2]) -> bool {
        (a[0] - b[0]).abs() < 1e-9 && (a[1] - b[1]).abs() < 1e-9
    }

    #[test]
    fn zooming_at_a_point_keeps_it_under_the_pointer() {
        let v = Viewport::fit([0.0, 0.0, 800.0, 600.0]);
        let pointer = [110.0, 95.0];
        let before = v.to_layout(RECT, pointer);
        let z = v.zoom_at(2.0, before);
        assert!(close(z.to_layout(RECT, pointer), before));
        assert_eq!(z.zoom, 2.0);
        assert_eq!(z.view_box()[2], 400.0);
    }

    #[test]
    fn the_transform_between_two_views_moves_every_point_where_the_second_draws_it() {
        let size = [640.0, 400.0];
        let from = Viewport::fit([0.0, 0.0, 800.0, 600.0]).zoom_at(1.6, [300.0, 200.0]);
        let to =
            from.zoom_at(1.3, [420.0, 310.0])
                .pan_pixels([0.0, 0.0, 640.0, 400.0], 35.0, -12.0);
        let [k, tx, ty] = from.transform_to(&to, size);
        for p in [[0.0, 0.0], [123.0, 456.0], [800.0, 600.0]] {
            let a = from.to_screen(size, p);
            let b = to.to_screen(size, p);
            assert!(close([k * a[0] + tx, k * a[1] + ty], b), "{p:?}");
        }
        assert!(
            from.still_covers(&from.zoom_by(1.5), size, 0.0),
            "zooming in keeps it covered"
        );
        assert!(
            !from.still_covers(&from.zoom_by(0.7), size, 0.05),
            "zooming out bares the edges"
        );
        let panned = from.pan_pixels([0.0, 0.0, 640.0, 400.0], 200.0, 0.0);
        assert!(
            !from.still_covers(&panned, size, 0.1),
            "a long pan bares a side"
        );
    }

    #[test]
    fn zoom_is_bounded_and_fit_shows_the_base() {
        let v = Viewport::fit([-50.0, -50.0, 100.0, 100.0]);
        assert_eq!(v.view_box(), [-50.0, -50.0, 100.0, 100.0]);
        assert_eq!(v.zoom_by(1000.0).zoom, MAX_ZOOM);
        assert_eq!(v.zoom_by(0.0001).zoom, MIN_ZOOM);
    }

    #[test]
    fn panning_moves_the_layout_with_the_pointer() {
        let v = Viewport::fit([0.0, 0.0, 800.0, 600.0]);
        let p = v.to_layout(RECT, [200.0, 150.0]);
        let moved = v.pan_pixels(RECT, 30.0, -12.0);
        assert!(close(moved.to_layout(RECT, [230.0, 138.0]), p));
    }

    #[test]
    fn centring_shows_the_point_in_the_middle() {
        let v = Viewport::fit([0.0, 0.0, 800.0, 600.0]).zoom_by(4.0);
        assert!(!v.shows([10.0, 10.0], 0.1));
        let c = v.centre_on([10.0, 10.0]);
        assert!(c.shows([10.0, 10.0], 0.4));
        assert!(close(c.to_layout(RECT, [210.0, 170.0]), [10.0, 10.0]));
    }
}
