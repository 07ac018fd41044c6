//! The widget's stylesheet, adopted into each shadow root as a constructed stylesheet (no inline
//! styles, no <style> element: nothing a strict Content-Security-Policy forbids). One sheet is
//! shared by every map of the page; each map adds a small sheet of its own (its `height`). A map
//! whose host lives in another document (adopted into an iframe) gets sheets made by that
//! document's window: a constructed sheet only applies in the document that made it.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CssStyleSheet, Element, ShadowRoot};

pub const CSS: &str = include_str!("style.css");

thread_local! {
    static SHARED: std::cell::OnceCell<CssStyleSheet> = const { std::cell::OnceCell::new() };
}

#[wasm_bindgen(inline_js = r#"
export function foreign_sheet(node) {
  const w = node.ownerDocument && node.ownerDocument.defaultView;
  return w && w !== window ? new w.CSSStyleSheet() : null;
}
"#)]
extern "C" {
    /// A new sheet of `node`'s document's window, or null when that is this window.
    #[wasm_bindgen(catch)]
    fn foreign_sheet(node: &Element) -> Result<Option<CssStyleSheet>, JsValue>;
}

/// A new, empty sheet usable in `host`'s document.
pub fn new_sheet(host: &Element) -> Result<CssStyleSheet, JsValue> {
    match foreign_sheet(host)? {
        Some(sheet) => Ok(sheet),
        None => CssStyleSheet::new(),
    }
}

/// Adopts the widget's sheet and `own` (the instance's, from [`new_sheet`]) into `shadow`.
pub fn adopt(shadow: &ShadowRoot, own: &CssStyleSheet) -> Result<(), JsValue> {
    let host = shadow.host();
    let shared = match foreign_sheet(&host)? {
        Some(sheet) => {
            sheet.replace_sync(CSS)?;
            sheet
        }
        None => SHARED.with(|cell| {
            if let Some(sheet) = cell.get() {
                return Ok(sheet.clone());
            }
            let sheet = CssStyleSheet::new()?;
            sheet.replace_sync(CSS)?;
            let _ = cell.set(sheet.clone());
            Ok::<_, JsValue>(sheet)
        })?,
    };
    let sheets = js_sys::Array::of2(shared.unchecked_ref(), own.unchecked_ref());
    js_sys::Reflect::set(shadow, &"adoptedStyleSheets".into(), &sheets)?;
    Ok(())
}
