//! The widget's stylesheet, adopted into each shadow root as a constructed stylesheet (no inline
//! styles, no <style> element: nothing a strict Content-Security-Policy forbids). One sheet is
//! shared by every map of the page; each map adds a small sheet of its own (its `height`).

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CssStyleSheet, ShadowRoot};

pub const CSS: &str = include_str!("style.css");

thread_local! {
    static SHARED: std::cell::OnceCell<CssStyleSheet> = const { std::cell::OnceCell::new() };
}

/// Adopts the widget's sheet and `own` (the instance's) into `shadow`.
pub fn adopt(shadow: &ShadowRoot, own: &CssStyleSheet) -> Result<(), JsValue> {
    let shared = SHARED.with(|cell| {
        if let Some(sheet) = cell.get() {
            return Ok(sheet.clone());
        }
        let sheet = CssStyleSheet::new()?;
        sheet.replace_sync(CSS)?;
        let _ = cell.set(sheet.clone());
        Ok::<_, JsValue>(sheet)
    })?;
    let sheets = js_sys::Array::of2(shared.unchecked_ref(), own.unchecked_ref());
    shadow.set_adopted_style_sheets(&sheets);
    Ok(())
}
