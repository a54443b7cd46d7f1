/**
 * The renderer contract suite: every leaf renderer (a control over one value) must pass it.
 * It mounts the renderer in a minimal harness (a {@link FormModel} over
 * `{ type: 'object', properties: { f: schema } }`, an {@link AjvValidator}, pointer `/f`) and
 * checks accessibility, label association in both languages, `fp-change` only on user edits,
 * error display, keyboard reach and read-only behaviour.
 *
 * Runs under @web/test-runner (mocha globals `describe`/`it`) with `expect` from @open-wc/testing.
 * @example
 * ```ts
 * runRendererSuite({
 *   tagName: 'fp-text-renderer',
 *   schema: { type: 'string', maxLength: 5, 'x-fp-label': { vi: 'Họ tên', en: 'Name' } },
 *   validValue: 'An',
 *   invalidValue: 'quá dài rồi',
 *   typed: 'Bình',
 * });
 * ```
 */
import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { AjvValidator, FormModel } from '@formplan/core';
import type { SchemaNode } from '@formplan/core';

/** What {@link runRendererSuite} needs to know about a renderer. */
export interface RendererSuiteConfig {
  /** the custom element tag (its define module must be imported by the test file) */
  tagName: string;
  /** tells runs of the same tag apart in the report (e.g. `'radios'`) */
  name?: string;
  /** the schema node of the field `f` (an `x-fp-label` is added when it has none) */
  schema: SchemaNode;
  /** a value the schema accepts */
  validValue: unknown;
  /** a value the schema rejects (enables the error-display checks) */
  invalidValue?: unknown;
  /** performs a user edit through the DOM (e.g. with {@link typeInto}) */
  type?: (el: HTMLElement) => Promise<void>;
  /** the user edit is typing this text with {@link typeInto} (instead of {@link RendererSuiteConfig.type}) */
  typed?: string;
  /** the model value after the user edit (default: `typed` when given, else `validValue`) */
  expectedValueAfterType?: unknown;
  /** false for renderers the user never edits (computed): the user-edit and read-only checks are not registered */
  editable?: boolean;
  /** selector of the focusable input in the shadow root (default `#input`) */
  inputSelector?: string;
  /** sibling properties of `f` in the root schema (e.g. the operands of a computed field) */
  extraProperties?: Record<string, SchemaNode>;
  /** the starting data besides `f` */
  extraValue?: Record<string, unknown>;
  /** the whole data for the error-display check (default `{ ...extraValue, f: invalidValue }`) */
  invalidData?: Record<string, unknown>;
}

/** A mounted renderer and its harness. */
export interface MountedRenderer {
  el: HTMLElement & { model?: FormModel; lang: string; readonly: boolean; updateComplete: Promise<boolean>; requestUpdate(): void };
  model: FormModel;
  /** the wrapper: a button before the renderer, then the renderer */
  wrapper: HTMLElement;
  /** `fp-change` events heard on the wrapper (outside the renderer) */
  events: CustomEvent[];
}

let suiteCount = 0;

/** The focusable input of a renderer (default `#input` in its shadow root). */
export function shadowInput<T extends Element = HTMLElement>(el: Element, selector = '#input'): T {
  const found = el.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`${el.localName}: no ${selector} in the shadow root`);
  return found;
}

/** Focuses the renderer's input, selects its text and types `text` with real key presses. */
export async function typeInto(el: Element, text: string, selector = '#input'): Promise<void> {
  const input = shadowInput(el, selector) as HTMLInputElement;
  input.focus();
  if (typeof input.select === 'function') input.select();
  if (text) await sendKeys({ type: text });
  else await sendKeys({ press: 'Backspace' });
}

/** Moves focus out of the renderer (fires `blur` on its input) and waits for it to repaint. */
export async function blurOut(el: Element & { updateComplete?: Promise<unknown> }): Promise<void> {
  (el.shadowRoot?.activeElement as HTMLElement | null)?.blur();
  await el.updateComplete;
}

/** The accessible name of a control in a shadow root (aria-labelledby, `<label for>`, legend, aria-label). */
export function accessibleName(input: HTMLElement): string {
  const root = input.getRootNode() as ShadowRoot | Document;
  const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
  const ids = input.getAttribute('aria-labelledby');
  if (ids) return norm(ids.split(/\s+/).map((id) => root.getElementById(id)?.textContent ?? '').join(' '));
  const labels = (input as HTMLInputElement).labels;
  if (labels && labels.length) return norm([...labels].map((l) => l.textContent).join(' '));
  if (input instanceof HTMLFieldSetElement) return norm(input.querySelector('legend')?.textContent);
  return norm(input.getAttribute('aria-label'));
}

/**
 * Registers the renderer contract tests for one renderer.
 * @param config - the renderer under test and values for its field
 */
export function runRendererSuite(config: RendererSuiteConfig): void {
  const n = ++suiteCount;
  const label = { vi: 'Trường thử nghiệm', en: 'Test field' };
  const fieldSchema: SchemaNode = { ...config.schema };
  if (!fieldSchema['x-fp-label']) fieldSchema['x-fp-label'] = label;
  const labels = fieldSchema['x-fp-label'] as { vi: string; en?: string };
  const rootSchema: SchemaNode = {
    $id: `urn:formplan:test:renderer-suite:${config.tagName}:${n}:${Date.now().toString(36)}`,
    type: 'object',
    properties: { ...(config.extraProperties ?? {}), f: fieldSchema },
  };
  const validator = new AjvValidator();
  const selector = config.inputSelector ?? '#input';
  const editable = config.editable !== false;
  const typed = config.typed;
  const edit = typed === undefined ? config.type : (el: HTMLElement) => typeInto(el, typed, selector);
  const expectedAfterType = 'expectedValueAfterType' in config ? config.expectedValueAfterType : typed ?? config.validValue;

  async function mount(data: Record<string, unknown>, opts: { readonly?: boolean } = {}): Promise<MountedRenderer> {
    const model = new FormModel({ schema: rootSchema, validator, value: data });
    const el = document.createElement(config.tagName) as MountedRenderer['el'];
    Object.assign(el, { model, schema: fieldSchema, pointer: '/f', lang: 'vi', readonly: !!opts.readonly, required: false });
    const events: CustomEvent[] = [];
    const box = document.createElement('div');
    const before = document.createElement('button');
    before.type = 'button';
    before.textContent = 'trước';
    box.append(before, el);
    box.addEventListener('fp-change', (e) => events.push(e as CustomEvent));
    const wrapper = await fixture<HTMLElement>(box);
    await el.updateComplete;
    return { el, model, wrapper, events };
  }
  const validData = () => ({ ...(config.extraValue ?? {}), f: config.validValue });

  describe(`renderer contract: <${config.tagName}>${config.name ? ` (${config.name})` : ''}`, () => {
    it('is accessible', async () => {
      const { el } = await mount(validData());
      await expect(el).to.be.accessible();
    });

    it('labels its input with x-fp-label, in vi and then in en', async () => {
      const { el } = await mount(validData());
      const input = shadowInput(el, selector);
      expect(accessibleName(input)).to.equal(labels.vi);
      el.lang = 'en';
      await el.updateComplete;
      expect(accessibleName(shadowInput(el, selector))).to.equal(labels.en ?? labels.vi);
    });

    it('sends no fp-change when the value is set programmatically', async () => {
      const { el, model, events } = await mount({ ...(config.extraValue ?? {}) });
      model.set('/f', config.validValue);
      el.requestUpdate();
      await el.updateComplete;
      model.reset({ ...(config.extraValue ?? {}) });
      el.requestUpdate();
      await el.updateComplete;
      model.reset(validData());
      el.requestUpdate();
      await el.updateComplete;
      expect(events.length).to.equal(0);
    });

    if (editable && edit) {
      const typeFn = edit;
      it('sends fp-change (bubbling, composed, {path, value}) on a user edit', async () => {
        const { el, model, events } = await mount({ ...(config.extraValue ?? {}) });
        await typeFn(el);
        await el.updateComplete;
        expect(events.length).to.be.greaterThan(0);
        const last = events[events.length - 1];
        expect(last.bubbles).to.equal(true);
        expect(last.composed).to.equal(true);
        expect(last.detail.path).to.equal('/f');
        expect(last.detail.value).to.deep.equal(expectedAfterType);
        expect(model.get('/f')).to.deep.equal(expectedAfterType);
      });

      it('does not let the user change the value when readonly', async () => {
        const { el, model, events } = await mount(validData(), { readonly: true });
        const input = shadowInput(el, selector);
        const marked = input.hasAttribute('readonly') || input.hasAttribute('disabled') || input.getAttribute('aria-readonly') === 'true'
          || input.querySelectorAll('input[disabled], input[readonly]').length > 0;
        expect(marked, 'the control is marked readonly/disabled').to.equal(true);
        const before = model.get('/f');
        await typeFn(el).catch(() => undefined);
        await el.updateComplete;
        expect(model.get('/f')).to.deep.equal(before);
        expect(events.length).to.equal(0);
      });
    }

    if ('invalidValue' in config || config.invalidData) {
      it('shows errors in the feedback region, with aria-invalid and aria-describedby', async () => {
        const data = config.invalidData ?? { ...(config.extraValue ?? {}), f: config.invalidValue };
        const { el, model } = await mount(data);
        expect(model.errorsAt('/f').length, 'the model reports the invalid value').to.be.greaterThan(0);
        model.markSubmitted();
        await el.updateComplete;
        await el.updateComplete;
        const input = shadowInput(el, selector);
        expect(input.getAttribute('aria-invalid')).to.equal('true');
        const ids = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
        const feedback = ids.map((id) => el.shadowRoot!.getElementById(id)).find((x) => x?.getAttribute('aria-live'));
        expect(feedback, 'aria-describedby names a live feedback region').to.not.equal(undefined);
        const text = feedback!.textContent ?? '';
        expect(text).to.include(model.visibleErrorsAt('/f')[0].message.vi);
        await expect(el).to.be.accessible();
      });
    }

    it('is reachable by focus() and by Tab', async () => {
      const { el, wrapper } = await mount(validData());
      const input = shadowInput(el, selector);
      const target = input instanceof HTMLFieldSetElement
        ? (input.querySelector<HTMLElement>('input:checked') ?? input.querySelector<HTMLElement>('input'))!
        : input;
      expect(target.tabIndex).to.be.at.least(0);
      target.focus();
      expect(el.shadowRoot!.activeElement).to.equal(target);
      target.blur();
      wrapper.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(target);
    });

    it('never throws on a value of the wrong shape, and validation reports it', async () => {
      for (const bad of [{ x: 1 }, [1, 2], 'không phải', 12345, true]) {
        const { el, model } = await mount({ ...(config.extraValue ?? {}), f: bad });
        model.markSubmitted();
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector(selector)).to.not.equal(null);
        const errs = model.errorsAt('/f');
        if (editable && typeof bad === 'object') expect(errs.length, `an error for ${JSON.stringify(bad)}`).to.be.greaterThan(0);
        if (errs.length) expect(shadowInput(el, selector).getAttribute('aria-invalid')).to.equal('true');
      }
    });
  });
}
