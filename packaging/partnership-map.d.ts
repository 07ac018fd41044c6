/** Settings of a map; all optional. The same names as the element's attributes. */
export interface MapOptions {
  /** Interface and name language: "en" or "zh" (default: the page's language, else en). */
  lang?: "en" | "zh" | string;
  /** An entity id to select and centre at start. */
  focus?: string;
  /** URL of a graph in the project's data format, shown instead of the bundled one. */
  src?: string;
  /** Seconds to wait for `src` before saying it did not arrive (default 20, at most 600). */
  srcTimeout?: number | string;
  /** A graph object in the project's data format, shown instead of the bundled one. */
  data?: object;
  /** A CSS length such as "480px" or "70vh" (default: a 4:3 map). */
  height?: string;
  theme?: "light" | "dark" | "auto";
  /** Comma-separated entity and relation types to show, e.g. "organization,event,launched". */
  filters?: string;
  /** Keep the view in the page's URL fragment (default false when embedded). */
  urlState?: boolean;
  /** The key of this map's part of the URL fragment (default "pm", or "pm-" + the element id). */
  namespace?: string;
}

/** A mounted map. Every method may be called from inside the map's own events: a call made
 *  while the map is busy — in one of its events, or reading a graph of more than 300 entities,
 *  which it does a slice at a time — is queued and carried out in order. */
export interface MapHandle {
  /** Selects an entity and centres the map on it; false if the map has no such entity (true
   *  when the call was queued: an unknown id is then reported in the console). Right after
   *  `setData`, it selects in the new data. */
  select(id: string): boolean;
  clearSelection(): void;
  /** Shows another graph object (only its own fields are read; see the limits in the README). */
  setData(data: object): void;
  /** Removes the map and frees its DOM, listeners and timers. */
  destroy(): void;
}

/** Resolves once the widget is ready and `<partnership-map>` is defined. */
export const ready: Promise<void>;

/** Mounts a map into `element`; rejects with an Error naming a bad option. */
export function mount(element: Element, options?: MapOptions): Promise<MapHandle>;

/** detail of the `entityselect` event (bubbles, composed). */
export interface EntitySelectDetail {
  id: string;
  type: string;
  names: { en: string | null; zh: string | null };
}

/** detail of the `relationselect` event (bubbles, composed): a line clicked, or a quote opened. */
export interface RelationSelectDetail {
  source: string;
  target: string;
  type: string;
  date: string | null;
  evidence: { doc: string; title: string; quote: string }[];
}

declare global {
  interface HTMLElementTagNameMap {
    "partnership-map": HTMLElement & {
      select(id: string): boolean;
      clearSelection(): void;
      data: object | undefined;
    };
  }
  interface HTMLElementEventMap {
    entityselect: CustomEvent<EntitySelectDetail>;
    relationselect: CustomEvent<RelationSelectDetail>;
  }
}
