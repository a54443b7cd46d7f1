// ModelController in chromium: subscribes on connect, follows a new model, repaints only when
// the selected view changes, hears every change through onChange, unsubscribes on disconnect.
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { AjvValidator, FormModel } from '@formplan/core';
import type { ModelChange } from '@formplan/core';
import { ModelController } from './model-controller.js';

class ModelTestHost extends LitElement {
  model?: FormModel;
  renders = 0;
  changes: ModelChange[] = [];
  readonly view = new ModelController(this, {
    model: () => this.model,
    select: (m) => m.get('/a'),
    onChange: (change) => this.changes.push(change),
  });
  override render() {
    this.renders++;
    return html`<p>${String(this.view.value ?? '')}</p>`;
  }
}
customElements.define('fp-model-test-host', ModelTestHost);

const validator = new AjvValidator();
const schema = { type: 'object', properties: { a: { type: 'integer' }, b: { type: 'string' } } };
const newModel = () => new FormModel({ schema, validator });

describe('ModelController', () => {
  it('repaints when the selected view changes, not on other changes', async () => {
    const host = await fixture<ModelTestHost>(html`<fp-model-test-host></fp-model-test-host>`);
    const model = newModel();
    host.model = model;
    host.requestUpdate();
    await host.updateComplete;
    const before = host.renders;
    model.set('/b', 'x', { user: true });
    await host.updateComplete;
    expect(host.renders).to.equal(before);
    expect(host.changes).to.have.length(1);
    model.set('/a', 3, { user: true });
    await host.updateComplete;
    expect(host.renders).to.equal(before + 1);
    expect(host.view.value).to.equal(3);
    expect(host.shadowRoot!.textContent).to.equal('3');
  });

  it('follows a new model and lets go of the old one and of every model on disconnect', async () => {
    const host = await fixture<ModelTestHost>(html`<fp-model-test-host></fp-model-test-host>`);
    const first = newModel();
    const second = newModel();
    host.model = first;
    host.requestUpdate();
    await host.updateComplete;
    host.model = second;
    host.requestUpdate();
    await host.updateComplete;
    expect(host.view.model).to.equal(second);
    first.set('/a', 1, { user: true });
    expect(host.changes).to.have.length(0);
    second.set('/a', 2, { user: true });
    expect(host.changes).to.have.length(1);
    host.remove();
    second.set('/a', 5, { user: true });
    expect(host.changes).to.have.length(1);
    expect(host.view.model).to.equal(undefined);
  });
});
