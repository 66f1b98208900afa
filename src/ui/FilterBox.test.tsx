// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { fixtureToExchange } from '../../fixtures/fixture.js';
import { loadFixtures } from '../../fixtures/load.js';
import { FilterBox } from './FilterBox.js';
import { createPanelStore } from './store.js';
import { withPanel } from './with-panel.js';

afterEach(cleanup);

function setup() {
  const store = createPanelStore();
  store.add(loadFixtures().map((f) => ({ exchange: fixtureToExchange(f.fixture) })));
  render(withPanel(<FilterBox />, store));
  const input = screen.getByTestId<HTMLInputElement>('filter');
  const type = (text: string): void => {
    input.value = text;
    input.setSelectionRange(text.length, text.length);
    fireEvent.input(input);
  };
  const labels = () => screen.queryAllByTestId('suggestion').map((li) => li.dataset.label);
  return { store, input, type, labels };
}

describe('FilterBox', () => {
  it('typing sets the store query and suggests the keys that start with it', () => {
    const { store, type, labels } = setup();
    type('prov');
    expect(store.query.value).toBe('prov');
    expect(labels()).toContain('provider:');
  });

  it('Tab accepts a key, then the values present in the calls follow with their counts', () => {
    const { store, input, type, labels } = setup();
    type('prov');
    fireEvent.keyDown(input, { key: 'Tab' });
    expect(store.query.value).toBe('provider:');
    expect(labels()).toContain('tencent');
    const tencent = screen.getAllByTestId('suggestion').find((li) => li.dataset.label === 'tencent');
    expect(Number(tencent?.dataset.count)).toBe(store.listed.value.filter((r) => r.provider === 'tencent').length);
  });

  it('arrows move the active suggestion and Enter accepts it, ending the value with a space and closing the list', () => {
    const { store, input, type, labels } = setup();
    type('provider:');
    const second = labels()[1];
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(screen.getAllByTestId('suggestion')[1]?.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(store.query.value).toBe(`provider:${second} `);
    expect(screen.queryByTestId('suggestions')).toBeNull();
  });

  it('an invalid term is underlined and listed with its reason, and the list is not blanked', () => {
    const { store, input, type } = setup();
    const before = store.visible.value.length;
    type('status:abc');
    const problem = screen.getByTestId('filter-problem');
    const reason = store.queryProblems.value[0]?.reason;
    expect(reason).toBeTruthy();
    expect(problem.textContent).toContain('status:abc');
    expect(problem.textContent).toContain(reason);
    expect(screen.getByTestId('filter-invalid').dataset.reason).toBe(reason);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(store.visible.value.length).toBe(before);
  });
});
