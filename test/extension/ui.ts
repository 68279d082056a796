/**
 * Clicks, keys and reads in the workbench page, for the tests that must use the UI the way a person
 * does: sent to the runner's bridge (scripts/editor/uiBridge.mjs), which drives the page with
 * playwright-core. Only when the suite runs in code-server: `ui.available` is false in desktop VS
 * Code, and the tests that need it skip.
 */
export interface UiOp {
  op: 'click' | 'hover' | 'fill' | 'press' | 'type' | 'waitFor' | 'focused' | 'count' | 'texts' | 'attribute' | 'screenshot';
  selector?: string;
  /** `webview`: inside the active webview's document. */
  frame?: 'webview';
  nth?: number;
  keys?: string;
  text?: string;
  name?: string;
  state?: 'visible' | 'attached' | 'hidden' | 'detached';
  timeout?: number;
  button?: 'left' | 'right';
  path?: string;
}

const bridge = process.env.SEEDLENS_UI_BRIDGE;

async function send<T>(op: UiOp): Promise<T> {
  if (!bridge) throw new Error('no UI bridge: the suite is not running in code-server');
  const res = await fetch(bridge, { method: 'POST', body: JSON.stringify(op) });
  const answer = (await res.json()) as { ok: boolean; value?: T; error?: string };
  if (!answer.ok) throw new Error(`ui ${op.op} ${op.selector ?? op.keys ?? ''}: ${answer.error}`);
  return answer.value as T;
}

/** CSS for a quoted attribute value. */
export const quoted = (s: string) => JSON.stringify(s);

export const ui = {
  available: !!bridge,
  click: (selector: string, o: Partial<UiOp> = {}) => send<boolean>({ op: 'click', selector, ...o }),
  fill: (selector: string, text: string, o: Partial<UiOp> = {}) => send<boolean>({ op: 'fill', selector, text, ...o }),
  press: (keys: string) => send<boolean>({ op: 'press', keys }),
  waitFor: (selector: string, o: Partial<UiOp> = {}) => send<boolean>({ op: 'waitFor', selector, ...o }),
  count: (selector: string, o: Partial<UiOp> = {}) => send<number>({ op: 'count', selector, ...o }),
  /** Whether the keyboard focus is inside `selector` (in the page, not in a webview). */
  focused: (selector: string) => send<boolean>({ op: 'focused', selector }),
  texts: (selector: string, o: Partial<UiOp> = {}) => send<string[]>({ op: 'texts', selector, ...o }),
  attribute: (selector: string, name: string, o: Partial<UiOp> = {}) => send<(string | null)[]>({ op: 'attribute', selector, name, ...o }),
};
