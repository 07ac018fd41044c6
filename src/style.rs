//! The widget's stylesheet, adopted into its shadow root as a constructed stylesheet (no inline
//! styles, no <style> element: nothing a strict Content-Security-Policy forbids).

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CssStyleSheet, ShadowRoot};

pub const CSS: &str = include_str!("style.css");

pub fn adopt(shadow: &ShadowRoot) -> Result<(), JsValue> {
    let sheet = CssStyleSheet::new()?;
    sheet.replace_sync(CSS)?;
    let sheets = js_sys::Array::of1(sheet.unchecked_ref());
    shadow.set_adopted_style_sheets(&sheets);
    Ok(())
}
