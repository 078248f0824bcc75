// A city's answers to the Intercultural Cities Index questionnaire, for its
// officer or an administrator: the context questions, then the questions
// indicator by indicator (each a section that opens and closes, with its
// progress). Answers are saved as they change (only what changed is sent),
// and the server's scores come back with each save. "Submit" freezes them.
import * as api from '../api.js';
import { h, append, name, pageTitle, setStatus, flash, nextId, debounce } from '../ui.js';
import { navigate } from '../app.js';
import { needSignIn } from '../forms.js';
import {
  statusBadge, score, num, pts, questionnaire, indexCrumbs, kindText, tEls, colon, year,
} from './index-shared.js';
import { t, fmt } from '../i18n.js';

// What the status means here (draft, submitted)
function respondNote(status) {
  return status === 'draft' || status === 'submitted' ? t(`index-respond-note-${status}`) : '';
}

// What a kind of question asks about (input, fact, impact)
function kindHint(kind) {
  return ['input', 'fact', 'impact'].includes(kind) ? t(`index-respond-kind-hint-${kind}`) : '';
}

export async function render(view, ctx) {
  const title = t('index-respond-title');
  if (!ctx.user) {
    needSignIn(view, title, t('index-respond-sign-in'));
    return;
  }
  pageTitle(title);
  const id = Number(ctx.params[0]);
  append(view, h('p', { class: 'loading' }, t('index-loading')));
  const resp = await api.get(`/index/responses/${id}`);
  const q = await questionnaire(resp.edition);
  if (!ctx.alive()) return;
  view.replaceChildren();
  const city = resp.city || { id: resp.city_id, name: t('index-city-n', { id: resp.city_id }) };
  pageTitle(t('index-respond-page-title', { city: city.name, round: year(resp.round) }));
  const editable = !!(resp.can && resp.can.update);

  append(view,
    indexCrumbs(h('a', { href: `#/index/report/${city.id}/${resp.round}`, dir: 'auto' }, city.name)),
    h('h1', {}, tEls('index-respond-heading', { round: year(resp.round) }, { city: name(city.name) })),
    h('p', { class: 'review-status' }, statusBadge(resp.status), ' ', respondNote(resp.status)),
    editable
      ? h('p', { class: 'lead' }, t('index-respond-lead'))
      : h('p', { class: 'lead' }, resp.status === 'draft'
        ? t('index-respond-may-not-change')
        : t('index-respond-frozen'),
      ' ', h('a', { href: `#/index/report/${city.id}/${resp.round}` }, t('index-respond-see-report'))),
    q.basis ? h('details', { class: 'note no-print' }, h('summary', {}, t('index-about-questionnaire', { title: q.title || q.edition })), h('p', {}, q.basis)) : null);

  // ---- the bar with completeness, score, saving and submitting
  const completeText = h('span', { class: 'complete-text' });
  const completeBar = h('progress', { max: 100, value: 0, class: 'complete-bar', 'aria-hidden': 'true' });
  const aggregateText = h('strong', { class: 'live-aggregate' });
  const saveState = h('p', { class: 'save-state', role: 'status', 'aria-live': 'polite' });
  const saveBtn = h('button', { type: 'button', class: 'button secondary' }, t('index-respond-save'));
  const submitBtn = h('button', { type: 'button', class: 'button' }, t('index-respond-submit'));
  const bar = h('div', { class: 'respond-bar', role: 'region', 'aria-label': t('index-respond-progress') },
    h('div', { class: 'respond-figures' },
      h('p', { class: 'complete' }, h('span', { class: 'figure-label' }, `${colon(t('index-respond-completeness'))} `), completeText, completeBar),
      h('p', { class: 'score-now' }, h('span', { class: 'figure-label' }, `${colon(t('index-respond-score-so-far'))} `), aggregateText, ` / ${fmt.number(100)}`),
      saveState),
    editable ? h('div', { class: 'respond-buttons' }, saveBtn, submitBtn) : null);
  append(view, bar);

  let lastScores = resp.scores; // the latest from the server, for the confirmation

  // ---- the questions
  const questions = new Map(); // question id -> {el, radios, note, link, err, points, indicator}
  const contexts = new Map(); // context id -> {el, input, err, def}
  const indicatorEls = new Map(); // indicator id -> {details, sum, bar}
  const form = h('form', { class: 'respond-form', novalidate: true, 'aria-label': t('index-questionnaire') });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    save({ explicit: true });
  });

  // context: two numbers
  if ((q.context || []).length) {
    const fs = h('fieldset', { class: 'context-questions' }, h('legend', {}, t('index-respond-about-city')),
      h('p', { class: 'hint' }, t('index-respond-about-city-hint')));
    for (const c of q.context) {
      const input = h('input', {
        type: 'number', inputmode: 'decimal', min: c.min, max: c.max, step: 'any', disabled: !editable,
        id: nextId('ctx'), name: `context-${c.id}`,
      });
      const err = h('p', { class: 'field-error', id: `${input.id}-error`, hidden: true });
      const range = t('index-respond-range', { min: num(c.min), max: fmt.number(Number(c.max)) });
      const hint = h('p', { class: 'hint', id: `${input.id}-hint` }, c.unit ? `${t('index-respond-unit', { unit: c.unit })} ${range}` : range);
      input.setAttribute('aria-describedby', `${input.id}-hint ${input.id}-error`);
      const el = h('div', { class: 'field context-field', dataset: { answer: c.id } },
        h('label', { for: input.id }, c.text), hint, input, err);
      contexts.set(c.id, { el, input, err, def: c });
      fs.append(el);
      input.addEventListener('input', () => typed());
      input.addEventListener('change', () => soon());
    }
    form.append(fs);
  }

  const allToggle = h('button', { type: 'button', class: 'link-button toggle-all no-print' }, t('index-respond-open-all'));
  form.append(h('div', { class: 'indicators-head' }, h('h2', {}, t('index-respond-indicators')), allToggle));
  q.indicators.forEach((ind, n) => {
    const sum = h('span', { class: 'ind-progress' });
    const ibar = h('progress', { class: 'ind-bar', max: ind.questions.length, value: 0, 'aria-hidden': 'true' });
    const details = h('details', { class: 'indicator-section', open: n === 0, dataset: { indicator: ind.id } },
      h('summary', {}, h('span', { class: 'ind-title' }, ind.label),
        ind.optional ? h('span', { class: 'tag' }, t('index-respond-optional-tag')) : null,
        h('span', { class: 'ind-meta' }, sum, ibar)));
    details.append(
      ind.about ? h('p', { class: 'ind-about' }, ind.about) : null,
      h('p', { class: 'hint' }, t('index-respond-weight', { weight: num(ind.weight) }), ind.weight_why ? ` ${ind.weight_why}` : '',
        ind.optional ? ` ${t('index-respond-optional-hint')}` : ''));
    for (const question of ind.questions) details.append(questionEl(question, ind));
    indicatorEls.set(ind.id, { details, sum, bar: ibar, def: ind });
    form.append(details);
  });
  allToggle.addEventListener('click', () => {
    const sections = [...indicatorEls.values()].map((x) => x.details);
    const open = sections.some((d) => !d.open);
    for (const d of sections) d.open = open;
    allToggle.textContent = open ? t('index-respond-close-all') : t('index-respond-open-all');
  });
  append(view, form);
  if (editable) {
    append(view, h('div', { class: 'form-actions respond-end' },
      h('button', { type: 'button', class: 'button secondary', onclick: () => save({ explicit: true }) }, t('index-respond-save')),
      h('button', { type: 'button', class: 'button', onclick: () => openConfirm() }, t('index-respond-submit'))));
  }

  function questionEl(question, ind) {
    const gid = nextId('q');
    const radios = [];
    const opts = h('div', { class: 'options' }, question.options.map((o) => {
      const r = h('input', { type: 'radio', name: gid, value: o.id, disabled: !editable });
      radios.push(r);
      r.addEventListener('change', () => soon());
      return h('label', { class: 'option' }, r, h('span', { class: 'option-label', dir: 'auto' }, o.label),
        h('span', { class: 'option-points' }, t('index-points', { points: pts(o.points) })));
    }));
    const note = h('textarea', { rows: 2, maxlength: 4000, dir: 'auto', id: `${gid}-note`, disabled: !editable, name: `${gid}-note` });
    const link = h('input', { type: 'url', maxlength: 500, id: `${gid}-link`, disabled: !editable, placeholder: 'https://', name: `${gid}-link` });
    const err = h('p', { class: 'field-error', id: `${gid}-error`, hidden: true });
    const points = h('span', { class: 'q-points' });
    const clear = editable
      ? h('button', { type: 'button', class: 'link-button clear-answer' }, t('index-respond-clear'))
      : null;
    const fs = h('fieldset', { class: 'question', id: gid, 'aria-describedby': `${gid}-error`, dataset: { answer: question.id } },
      h('legend', {}, h('span', { class: 'q-text', dir: 'auto' }, question.text)),
      h('p', { class: 'q-meta' },
        question.kind ? h('span', { class: `tag kind kind-${question.kind}` }, kindText(question.kind)) : null,
        question.kind && kindHint(question.kind) ? h('span', { class: 'visually-hidden' }, ` (${kindHint(question.kind)})`) : null,
        ' ', points, clear),
      opts,
      h('div', { class: 'evidence' },
        h('div', { class: 'field' }, h('label', { for: note.id }, t('index-respond-evidence-note'), h('span', { class: 'req' }, ` ${t('index-respond-optional')}`)), note),
        h('div', { class: 'field' }, h('label', { for: link.id }, t('index-respond-evidence-link'), h('span', { class: 'req' }, ` ${t('index-respond-optional')}`)), link)),
      err);
    note.addEventListener('input', () => typed());
    note.addEventListener('change', () => soon());
    link.addEventListener('input', () => typed());
    link.addEventListener('change', () => soon());
    if (clear) {
      clear.addEventListener('click', () => {
        for (const r of radios) r.checked = false;
        note.value = '';
        link.value = '';
        soon();
        radios[0].focus();
      });
    }
    questions.set(question.id, { el: fs, radios, note, link, err, points, indicator: ind.id, def: question });
    return fs;
  }

  // ---- the answers: in the form, as saved
  const trimOrNull = (s) => {
    const v = (s || '').trim();
    return v ? v : null;
  };
  function formAnswer(qid) {
    const c = contexts.get(qid);
    if (c) {
      const raw = c.input.value.trim();
      if (raw === '' && !c.input.validity.badInput) return null;
      return { value: raw === '' ? NaN : Number(raw) };
    }
    const x = questions.get(qid);
    const chosen = x.radios.find((r) => r.checked);
    const note = trimOrNull(x.note.value);
    const link = trimOrNull(x.link.value);
    if (!chosen && !note && !link) return null;
    return { option: chosen ? chosen.value : null, note, link };
  }
  function normal(a) {
    if (!a) return null;
    if ('value' in a && !('option' in a)) return { value: a.value === null || a.value === undefined ? null : Number(a.value) };
    return { option: a.option ?? null, note: a.note ?? null, link: a.link ?? null };
  }
  const key = (a) => JSON.stringify(normal(a));
  let saved = {}; // question id -> normalised answer, as the server has it
  const ids = () => [...contexts.keys(), ...questions.keys()];

  function fill(answers) {
    for (const [cid, c] of contexts) {
      const a = answers[cid];
      c.input.value = a && a.value !== null && a.value !== undefined ? String(a.value) : '';
    }
    for (const [qid, x] of questions) {
      const a = answers[qid] || {};
      for (const r of x.radios) r.checked = r.value === a.option;
      x.note.value = a.note || '';
      x.link.value = a.link || '';
    }
  }
  function remember(answers) {
    saved = {};
    for (const k of ids()) saved[k] = key(answers[k] || null);
  }

  // What cannot be sent at all; the rest (ranges, links) the server checks,
  // and its message is shown next to the question.
  function problem(qid, a) {
    if (!a) return null;
    if (contexts.has(qid)) return Number.isFinite(a.value) ? null : t('index-respond-enter-number');
    if (!a.option) return t('index-respond-choose-answer');
    return null;
  }

  function showError(qid, message, { focus = false } = {}) {
    const x = questions.get(qid) || contexts.get(qid);
    if (!x) return false;
    x.err.textContent = message;
    x.err.hidden = false;
    x.el.classList.add('has-error');
    if (contexts.has(qid)) x.input.setAttribute('aria-invalid', 'true');
    if (focus) {
      const section = x.el.closest('details');
      if (section) section.open = true;
      const target = contexts.has(qid) ? x.input : (x.radios.find((r) => r.checked) || x.radios[0]);
      target.focus();
    }
    return true;
  }
  function clearError(qid) {
    const x = questions.get(qid) || contexts.get(qid);
    if (!x || x.err.hidden) return;
    x.err.textContent = '';
    x.err.hidden = true;
    x.el.classList.remove('has-error');
    if (contexts.has(qid)) x.input.removeAttribute('aria-invalid');
  }

  // ---- saving
  const rejected = {}; // question id -> the answer the server or the checks refused
  let inFlight = null;
  let again = false;
  let lastError = null;

  function pending() {
    const out = {};
    for (const k of ids()) {
      const a = formAnswer(k);
      const kk = key(a);
      if (kk === saved[k]) {
        clearError(k);
        continue;
      }
      if (rejected[k] === kk) continue; // refused as it stands: wait for a change
      out[k] = a;
    }
    return out;
  }
  const dirty = () => ids().some((k) => key(formAnswer(k)) !== saved[k]);

  function showSaveState(text, cls = '') {
    saveState.textContent = text;
    saveState.className = `save-state ${cls}`;
  }

  // Resolves true when everything in the form is saved.
  async function save({ explicit = false } = {}) {
    if (!editable) return true;
    typed.cancel();
    soon.cancel();
    if (inFlight) {
      again = true;
      await inFlight;
      return save({ explicit });
    }
    if (explicit) for (const k of Object.keys(rejected)) delete rejected[k];
    const changes = pending();
    const body = {};
    let firstBad = null;
    for (const [k, a] of Object.entries(changes)) {
      const p = problem(k, a);
      if (p) {
        rejected[k] = key(a);
        showError(k, p, { focus: explicit && !firstBad });
        firstBad = firstBad || k;
        continue;
      }
      clearError(k);
      body[k] = a === null ? null : (contexts.has(k) ? { value: a.value } : { option: a.option, note: a.note, link: a.link });
    }
    if (!Object.keys(body).length) {
      if (firstBad) {
        showSaveState(t('index-respond-some-not-saved'), 'is-error');
        if (explicit) setStatus(t('index-respond-some-were-not-saved'), { error: true });
        return false;
      }
      if (!dirty()) showSaveState(lastError ? saveState.textContent : t('index-respond-all-saved'), lastError ? 'is-error' : 'is-saved');
      return !dirty();
    }
    showSaveState(t('index-respond-saving'));
    inFlight = (async () => {
      try {
        const r = await api.patch(`/index/responses/${id}/answers`, { answers: body });
        lastError = null;
        remember(r.answers || {});
        update(r);
        return true;
      } catch (err) {
        lastError = err;
        const qid = err.field && err.field.startsWith('answers.') ? err.field.slice('answers.'.length) : null;
        if (qid && (questions.has(qid) || contexts.has(qid))) {
          rejected[qid] = key(formAnswer(qid));
          const prefix = `${err.field}: `;
          const msg = err.message.startsWith(prefix) ? err.message.slice(prefix.length) : err.message;
          showError(qid, msg.charAt(0).toUpperCase() + msg.slice(1), { focus: explicit });
          again = true; // the others may still be saved
        } else if (err.status === 409) {
          setStatus(t('index-respond-already-submitted'), { error: true });
        } else if (explicit || err.status !== 0) {
          setStatus(t('index-respond-not-saved-status', { error: err.message }), { error: true });
        }
        showSaveState(t('index-respond-not-saved', { error: err.message }), 'is-error');
        return false;
      } finally {
        inFlight = null;
      }
    })();
    const ok = await inFlight;
    if (again) {
      again = false;
      return save({ explicit: false }).then((x) => ok && x);
    }
    if (ok) {
      const left = dirty();
      showSaveState(left ? t('index-respond-some-not-saved')
        : t('index-respond-all-saved-at', { time: fmt.dateTime(new Date(), { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }) }),
      left ? 'is-error' : 'is-saved');
      if (explicit && !left) setStatus(t('index-respond-saved'));
      return !left;
    }
    return false;
  }
  const soon = debounce(() => save(), 500);
  const typed = debounce(() => save(), 1500);
  // leaving the page: what is typed is still sent
  const leave = () => { if (editable && dirty()) save(); };
  window.addEventListener('hashchange', leave, { once: true });
  window.addEventListener('pagehide', leave, { once: true });

  // ---- the figures from the server
  function update(r) {
    const s = r.scores || {};
    lastScores = s;
    const cpl = s.completeness || { answered: 0, questions: 0, share: 0 };
    completeText.textContent = t('index-respond-completeness-text', {
      answered: cpl.answered, questions: cpl.questions, share: t('index-percent', { value: Math.round(cpl.share) }),
    });
    completeBar.value = Math.round(cpl.share);
    aggregateText.textContent = score(s.aggregate);
    for (const ind of s.indicators || []) {
      const x = indicatorEls.get(ind.id);
      if (!x) continue;
      x.sum.textContent = `${t('index-answered-of', { answered: ind.answered, questions: ind.questions })} · ${ind.counted ? t('index-score-is', { score: score(ind.score) }) : t('index-not-counted')}`;
      x.bar.max = ind.questions || 1;
      x.bar.value = ind.answered;
      x.details.classList.toggle('is-complete', ind.answered === ind.questions);
    }
    for (const [qid, x] of questions) {
      const a = (r.answers || {})[qid];
      x.points.textContent = a && a.points !== undefined ? t('index-points-of', { points: pts(a.points), max: pts(a.max) }) : '';
    }
  }

  // ---- submitting, after a confirmation
  const dialog = h('dialog', { class: 'confirm-dialog', 'aria-labelledby': 'h-confirm' });
  append(view, dialog);
  function openConfirm() {
    const r = lastScores;
    const cpl = (r && r.completeness) || { answered: 0, questions: 0 };
    const left = cpl.questions - cpl.answered;
    const yes = h('button', { type: 'button', class: 'button' }, t('index-respond-submit-now'));
    const no = h('button', { type: 'button', class: 'button secondary' }, t('index-cancel'));
    dialog.replaceChildren(
      h('h2', { id: 'h-confirm' }, t('index-respond-confirm-title', { city: city.name, round: year(resp.round) })),
      h('p', {}, t('index-respond-confirm-text')),
      left > 0 ? h('p', { class: 'notice warn' }, t('index-respond-confirm-left', { count: left })) : null,
      h('div', { class: 'form-actions' }, yes, no));
    no.addEventListener('click', () => dialog.close());
    yes.addEventListener('click', async () => {
      yes.disabled = true;
      no.disabled = true;
      setStatus(t('index-respond-submitting'));
      const ok = await save({ explicit: true });
      if (!ok) {
        dialog.close();
        setStatus(t('index-respond-not-submitted-saving'), { error: true });
        return;
      }
      try {
        await api.post(`/index/responses/${id}/submit`);
        dialog.close();
        flash(t('index-respond-submitted', { city: city.name, round: year(resp.round) }));
        navigate(`#/index/report/${city.id}/${resp.round}`);
      } catch (err) {
        dialog.close();
        setStatus(t('index-respond-not-submitted', { error: err.message }), { error: true });
        yes.disabled = false;
        no.disabled = false;
      }
    });
    dialog.showModal();
    no.focus();
  }
  saveBtn.addEventListener('click', () => save({ explicit: true }));
  submitBtn.addEventListener('click', () => openConfirm());

  fill(resp.answers || {});
  remember(resp.answers || {});
  update(resp);
  showSaveState(editable ? t('index-respond-all-saved') : '');
}
