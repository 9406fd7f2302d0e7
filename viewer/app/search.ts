/**
 * The search box: suggestions from the server (names and aliases, Korean and English) as the
 * user types; arrow keys, Enter or a click choose one.
 */
import { ENTITY_COLORS, FALLBACK_COLOR, type Suggestion } from '../shared.js';
import { fetchSuggestions } from './api.js';
import { byId, chip, h } from './dom.js';

export function setupSearch(choose: (id: string) => void): void {
  const input = byId<HTMLInputElement>('search-input');
  const list = byId<HTMLUListElement>('suggestions');
  let items: Suggestion[] = [];
  let active = -1;
  let timer: number | undefined;
  let asked = 0;

  const close = () => {
    list.hidden = true;
    list.replaceChildren();
    items = [];
    active = -1;
  };
  const pick = (s: Suggestion) => {
    input.value = s.name;
    close();
    choose(s.id);
  };
  const render = () => {
    list.replaceChildren(
      ...items.map((s, i) =>
        h(
          'li',
          {
            role: 'option',
            'aria-selected': String(i === active),
            'data-id': s.id,
            // mousedown, not click: it fires before the input's blur closes the list.
            onmousedown: (event) => {
              event.preventDefault();
              pick(s);
            },
          },
          chip(ENTITY_COLORS[s.type] ?? FALLBACK_COLOR),
          h('span', { class: 'name' }, s.name),
          s.matched !== s.name ? h('span', { class: 'matched' }, s.matched) : null,
          h('span', { class: 'type' }, s.type),
        ),
      ),
    );
    list.hidden = items.length === 0;
  };

  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    const q = input.value.trim();
    if (!q) return close();
    timer = window.setTimeout(async () => {
      const ticket = ++asked;
      try {
        const found = await fetchSuggestions(q);
        if (ticket !== asked) return; // a later keystroke already asked again
        items = found;
        active = found.length ? 0 : -1;
        render();
      } catch {
        close();
      }
    }, 120);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!items.length) return;
      event.preventDefault();
      active = (active + (event.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length;
      render();
    } else if (event.key === 'Enter') {
      const s = items[active];
      if (s) pick(s);
    } else if (event.key === 'Escape') close();
  });
  input.addEventListener('blur', close);
}
