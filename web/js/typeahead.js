// A type-ahead (ARIA 1.2 combobox with a listbox popup). Single choice, or
// several chosen items shown as removable chips.
import { h, field, nextId, debounce, name } from './ui.js';
import { t } from './i18n.js';

// search(q, signal) -> [{id, text, detail?}]
export function typeahead({ label, search, multiple = false, initial = null, hint, required = false,
  placeholder, onChange = () => {}, chosenLabel = t('search-chosen') }) {
  const listId = nextId('lb');
  const input = h('input', {
    type: 'text', role: 'combobox', autocomplete: 'off', spellcheck: 'false',
    'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': listId, placeholder,
  });
  const list = h('ul', { id: listId, role: 'listbox', class: 'combo-list', hidden: true, 'aria-label': t('search-list-label', { label }) });
  const wrap = field(label, input, { hint, required, className: 'combo' });
  const box = h('div', { class: 'combo-box' });
  input.replaceWith(box);
  box.append(input, list);
  const live = h('p', { class: 'visually-hidden', 'aria-live': 'polite' });
  const chosenEl = multiple
    ? h('ul', { class: 'chips', 'aria-label': chosenLabel })
    : h('p', { class: 'combo-chosen', 'aria-live': 'polite' });
  box.after(chosenEl, live);

  let items = [];
  let active = -1;
  let selected = multiple ? [] : null;
  let ctrl = null;

  const optText = (it) => it.detail ? `${it.text} (${it.detail})` : it.text;

  function close() {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function setActive(i) {
    const opts = [...list.querySelectorAll('[role=option]:not([aria-disabled=true])')];
    if (!opts.length) return;
    active = (i + opts.length) % opts.length;
    opts.forEach((o, j) => o.setAttribute('aria-selected', j === active ? 'true' : 'false'));
    const cur = opts[active];
    input.setAttribute('aria-activedescendant', cur.id);
    cur.scrollIntoView({ block: 'nearest' });
  }

  function show(results) {
    const chosenIds = multiple ? new Set(selected.map((s) => String(s.id))) : new Set();
    items = results.filter((r) => !chosenIds.has(String(r.id)));
    list.replaceChildren();
    active = -1;
    input.removeAttribute('aria-activedescendant');
    if (!items.length) {
      list.append(h('li', { role: 'option', 'aria-disabled': 'true', 'aria-selected': 'false', class: 'combo-none', id: nextId('opt') }, t('search-no-match')));
      live.textContent = t('search-no-match');
    } else {
      items.forEach((it, i) => {
        list.append(h('li', {
          role: 'option', id: nextId('opt'), 'aria-selected': 'false',
          onclick: () => choose(i),
        }, name(it.text), it.detail ? h('span', { class: 'cc' }, ` (${it.detail})`) : null));
      });
      live.textContent = t('search-suggestions', { count: items.length });
    }
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  }

  const run = debounce(async (q) => {
    if (ctrl) ctrl.abort();
    ctrl = new AbortController();
    try {
      const results = await search(q, ctrl.signal);
      if (input.value.trim() !== q) return; // the user typed on
      show(results);
    } catch (e) {
      if (e && e.name === 'AbortError') return;
      live.textContent = t('search-failed', { message: e.message });
    }
  }, 200);

  function renderChosen() {
    if (multiple) {
      chosenEl.replaceChildren(...selected.map((it) => h('li', { class: 'chip' },
        name(it.text), it.detail ? h('span', { class: 'cc' }, ` (${it.detail})`) : null,
        h('button', {
          type: 'button', class: 'chip-remove', 'aria-label': t('search-remove', { name: it.text }),
          onclick: () => {
            selected = selected.filter((s) => s !== it);
            renderChosen();
            live.textContent = t('search-removed', { name: it.text });
            input.focus();
            onChange(api.value());
          },
        }, h('span', { 'aria-hidden': 'true' }, '×')))));
      chosenEl.hidden = !selected.length;
    } else {
      chosenEl.textContent = selected ? t('search-chosen-item', { label: chosenLabel, item: optText(selected) }) : '';
      chosenEl.hidden = !selected;
    }
  }

  function choose(i) {
    const it = items[i];
    if (!it) return;
    if (multiple) {
      selected.push(it);
      input.value = '';
      live.textContent = t('search-added', { name: it.text });
    } else {
      selected = it;
      input.value = it.text;
    }
    close();
    renderChosen();
    input.focus();
    onChange(api.value());
  }

  input.addEventListener('input', () => {
    const q = input.value.trim();
    if (!multiple && selected && input.value !== selected.text) {
      selected = null;
      renderChosen();
      onChange(null);
    }
    if (!q) { run.cancel(); close(); return; }
    run(q);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      if (list.hidden) { if (input.value.trim()) run(input.value.trim()); return; }
      setActive(active + 1);
    } else if (e.key === 'ArrowUp') {
      if (list.hidden) return;
      e.preventDefault();
      setActive(active - 1);
    } else if (e.key === 'Enter') {
      if (!list.hidden && active >= 0) { e.preventDefault(); choose(active); }
    } else if (e.key === 'Escape') {
      if (!list.hidden) { e.preventDefault(); close(); }
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
  // a click on an option must not blur the input first
  list.addEventListener('mousedown', (e) => e.preventDefault());

  const api = {
    el: wrap,
    input,
    value() {
      return multiple ? selected.map((s) => s.id) : (selected ? selected.id : null);
    },
    selected() { return selected; },
    set(it) {
      if (multiple) selected = it ? [...it] : [];
      else { selected = it || null; input.value = it ? it.text : ''; }
      renderChosen();
    },
  };
  if (initial) api.set(initial); else renderChosen();
  return api;
}
