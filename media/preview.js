// @ts-check
// The digest preview's page script. It only ever inserts markup that the extension's renderer produced
// (and escaped); digest text it reads itself goes through textContent. Runs under a nonce'd CSP.
(function () {
  'use strict';
  const vscode = acquireVsCodeApi();
  const filterBox = /** @type {HTMLInputElement} */ (document.getElementById('filter'));
  const sortBox = /** @type {HTMLSelectElement} */ (document.getElementById('sort'));
  const count = /** @type {HTMLElement} */ (document.getElementById('count'));
  const toolbar = /** @type {HTMLElement} */ (document.querySelector('.toolbar'));
  const initial = JSON.parse(document.body.dataset.state || '{}');
  let version = Number(initial.version) || 0;
  /**
   * Where the page was last put by the editor (or kept by the browser through an update): a scroll that
   * ends there is not the user's and is not sent back.
   */
  let scrolledByEditorTo = null;

  filterBox.value = typeof initial.filter === 'string' ? initial.filter : '';
  sortBox.value = initial.sort === 'votes' ? 'votes' : 'digest';

  /** What VS Code hands back to the extension's serializer after a window reload. */
  let saved = { uri: initial.uri, locked: initial.locked === true, filter: filterBox.value, sort: sortBox.value, line: Number(initial.line) || 0 };
  function save(changes) {
    saved = { ...saved, ...changes };
    vscode.setState(saved);
  }

  function main() {
    return /** @type {HTMLElement} */ (document.querySelector('main.digest'));
  }

  /** Markup made by the extension's escaping renderer, turned into an element. */
  function elementFrom(html) {
    const template = document.createElement('template');
    template.innerHTML = html;
    return /** @type {HTMLElement} */ (template.content.firstElementChild);
  }

  function words() {
    return filterBox.value.toLowerCase().split(/\s+/).filter(Boolean);
  }

  function matches(card, wanted) {
    if (wanted.length === 0) return true;
    const title = card.querySelector('.paper-title')?.textContent ?? '';
    const authors = card.querySelector('.paper-authors')?.textContent ?? '';
    const text = `${title} ${authors} ${card.dataset.arxivId ?? ''}`.toLowerCase();
    return wanted.every((word) => text.includes(word));
  }

  /** Sorts and filters the cards, shows "N of M papers", and tells the extension (with how many cards an update replaced). */
  function applyView(replaced = 0) {
    const wanted = words();
    const byVotes = sortBox.value === 'votes';
    let shown = 0;
    let total = 0;
    for (const section of document.querySelectorAll('section.day')) {
      const grid = section.querySelector('.cards');
      if (!grid) continue;
      const cards = /** @type {HTMLElement[]} */ ([...grid.querySelectorAll(':scope > article.paper')]);
      const order = [...cards].sort((a, b) =>
        (byVotes ? Number(b.dataset.votes) - Number(a.dataset.votes) : 0) || Number(a.dataset.index) - Number(b.dataset.index),
      );
      if (order.some((card, i) => card !== cards[i])) grid.append(...order);
      let inSection = 0;
      for (const card of cards) {
        const match = matches(card, wanted);
        card.hidden = !match;
        if (match) inSection++;
      }
      /** @type {HTMLElement} */ (section).hidden = wanted.length > 0 && inSection === 0;
      shown += inSection;
      total += cards.length;
    }
    const noun = total === 1 ? count.dataset.one ?? '1 paper' : (count.dataset.many ?? '{0} papers').replace('{0}', String(total));
    count.textContent = (count.dataset.of ?? '{0} of {1}').replace('{0}', String(shown)).replace('{1}', noun);
    save({ filter: filterBox.value, sort: sortBox.value });
    vscode.postMessage({ type: 'report', shown, total, version, replaced, saved });
  }

  /** Replaces the cards and headers that changed; unchanged cards stay, with their expanded author lists. */
  function update(message) {
    version = message.version;
    const root = main();
    const oldSections = new Map([...root.querySelectorAll(':scope > section.day')].map((s) => [/** @type {HTMLElement} */ (s).dataset.key, s]));
    const oldCards = new Map([...root.querySelectorAll('article.paper')].map((c) => [/** @type {HTMLElement} */ (c).dataset.key, c]));
    const sections = [];
    let replaced = 0;
    for (const part of message.sections) {
      let section = /** @type {HTMLElement | undefined} */ (oldSections.get(part.key));
      if (!section) {
        section = document.createElement('section');
        section.className = 'day';
        section.dataset.key = part.key;
        section.append(document.createElement('header'), document.createElement('div'));
        /** @type {HTMLElement} */ (section.lastElementChild).className = 'cards';
      }
      if (part.line === null) delete section.dataset.line;
      else section.dataset.line = String(part.line);
      const header = section.querySelector(':scope > header');
      if (header && header.outerHTML !== part.headerHtml) header.replaceWith(elementFrom(part.headerHtml));
      const grid = /** @type {HTMLElement} */ (section.querySelector(':scope > .cards'));
      const cards = part.cards.map((card) => {
        const old = /** @type {HTMLElement | undefined} */ (oldCards.get(card.key));
        if (old && old.dataset.hash === card.hash) {
          old.dataset.line = String(card.line);
          old.dataset.index = String(card.html.match(/data-index="(\d+)"/)?.[1] ?? old.dataset.index);
          return old;
        }
        const fresh = elementFrom(card.html);
        replaced++;
        const wasOpen = old?.querySelector('details.more-authors')?.hasAttribute('open');
        if (wasOpen) fresh.querySelector('details.more-authors')?.setAttribute('open', '');
        return fresh;
      });
      if (cards.length === 0) {
        grid.replaceChildren(elementFrom(message.emptyHtml.section));
      } else if (cards.length !== grid.children.length || cards.some((card, i) => grid.children[i] !== card)) {
        grid.replaceChildren(...cards);
      }
      sections.push(section);
    }
    if (sections.length === 0) {
      root.replaceChildren(elementFrom(message.emptyHtml.digest));
    } else if (sections.length !== root.children.length || sections.some((section, i) => root.children[i] !== section)) {
      root.replaceChildren(...sections);
    }
    applyView(replaced);
    // Reading scrollY lays the page out: the browser's scroll anchoring has moved it, not the user.
    if (scrolledByEditorTo !== null || replaced > 0) scrolledByEditorTo = window.scrollY;
  }

  /**
   * What the page holds, in digest order: each day section (key, line) and each of its cards (key, content
   * hash, line). Sent when the extension asks, so that its tests can compare it with a fresh render.
   */
  function describe() {
    const items = [];
    for (const section of /** @type {HTMLElement[]} */ ([...main().querySelectorAll(':scope > section.day')])) {
      items.push(`section ${section.dataset.key} line ${section.dataset.line ?? '-'}`);
      const cards = /** @type {HTMLElement[]} */ ([...section.querySelectorAll(':scope > .cards > article.paper')]);
      cards.sort((a, b) => Number(a.dataset.index) - Number(b.dataset.index));
      for (const card of cards) items.push(`card ${card.dataset.key} hash ${card.dataset.hash} line ${card.dataset.line}`);
    }
    return items;
  }

  /** Elements that stand for a document line, top to bottom as shown. */
  function lineElements() {
    return /** @type {HTMLElement[]} */ ([...document.querySelectorAll('main.digest [data-line]')]).filter(
      (element) => !element.hidden && element.offsetParent !== null,
    );
  }

  function toolbarHeight() {
    return toolbar.getBoundingClientRect().height;
  }

  /** Scrolls so that the card or day of `line` is at the top; between two cards in digest order, proportionally. */
  function scrollToLine(line) {
    const elements = lineElements();
    let before = null;
    let after = null;
    for (const element of elements) {
      const elementLine = Number(element.dataset.line);
      if (elementLine <= line && (!before || elementLine >= Number(before.dataset.line))) before = element;
      if (elementLine > line && (!after || elementLine < Number(after.dataset.line))) after = element;
    }
    if (!before) {
      scrollByEditor(0);
      return;
    }
    let top = before.getBoundingClientRect().top + window.scrollY;
    if (after && sortBox.value === 'digest') {
      const afterTop = after.getBoundingClientRect().top + window.scrollY;
      const from = Number(before.dataset.line);
      const to = Number(after.dataset.line);
      if (afterTop > top) top += ((line - from) / (to - from)) * Math.min(afterTop - top, before.getBoundingClientRect().height);
    }
    scrollByEditor(Math.max(0, top - toolbarHeight() - 4));
  }

  function scrollByEditor(y) {
    window.scrollTo(0, y);
    scrolledByEditorTo = window.scrollY;
  }

  /**
   * The document line at the top of the page: of the innermost card or day that crosses the toolbar's
   * lower edge (a card rather than the day around it), else of the first one below it.
   */
  function lineAtTop() {
    const limit = toolbarHeight() + 1;
    let crossing = null;
    let below = null;
    for (const element of lineElements()) {
      const box = element.getBoundingClientRect();
      if (box.bottom <= limit) continue;
      if (box.top <= limit) {
        if (!crossing || box.top > crossing.top || (box.top === crossing.top && Number(element.dataset.line) < crossing.line)) {
          crossing = { top: box.top, line: Number(element.dataset.line) };
        }
      } else if (!below || box.top < below.top) {
        below = { top: box.top, line: Number(element.dataset.line) };
      }
    }
    return (crossing ?? below)?.line ?? null;
  }

  let scrollPending = false;
  window.addEventListener('scroll', () => {
    if (scrollPending) return;
    scrollPending = true;
    setTimeout(() => {
      scrollPending = false;
      if (scrolledByEditorTo !== null && Math.abs(window.scrollY - scrolledByEditorTo) < 2) return;
      scrolledByEditorTo = null;
      const line = lineAtTop();
      if (line !== null) {
        save({ line });
        vscode.postMessage({ type: 'scrolled', line });
      }
    }, 50);
  });

  // Links open through the extension, which checks them; nothing navigates the page itself.
  function onLinkClick(event) {
    const target = /** @type {Element | null} */ (event.target instanceof Element ? event.target : null);
    const link = /** @type {HTMLAnchorElement | null} */ (target?.closest('a[href]') ?? null);
    if (!link) return;
    event.preventDefault();
    event.stopPropagation();
    if (event.type === 'auxclick' && event.button !== 1) return;
    if (link.classList.contains('paper-link') && link.dataset.arxivId) vscode.postMessage({ type: 'openPaper', id: link.dataset.arxivId });
    else vscode.postMessage({ type: 'openLink', url: link.href });
  }
  window.addEventListener('click', onLinkClick, true);
  window.addEventListener('auxclick', onLinkClick, true);

  document.addEventListener('dblclick', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    if (!target || target.closest('a, summary, video, input, select')) return;
    const card = /** @type {HTMLElement | null} */ (target.closest('article.paper, section.day'));
    if (card?.dataset.line !== undefined) vscode.postMessage({ type: 'reveal', line: Number(card.dataset.line) });
  });

  // A thumbnail that cannot load (offline, gone) keeps its place but not the broken-image icon.
  document.addEventListener(
    'error',
    (event) => {
      const target = event.target instanceof Element ? event.target : null;
      if (target?.tagName === 'IMG') target.closest('.paper-media')?.classList.add('media-failed');
    },
    true,
  );

  filterBox.addEventListener('input', () => applyView());
  sortBox.addEventListener('change', () => applyView());

  window.addEventListener('message', (event) => {
    const message = event.data;
    if (!message || typeof message !== 'object') return;
    if (message.type === 'update' && Array.isArray(message.sections)) update(message);
    else if (message.type === 'scrollToLine' && Number.isInteger(message.line)) scrollToLine(message.line);
    else if (message.type === 'describe') vscode.postMessage({ type: 'description', version, items: describe() });
    else if (message.type === 'locked') {
      save({ locked: message.locked === true });
      applyView();
    }
  });

  applyView();
  if (Number(initial.line) > 0) scrollToLine(Number(initial.line));
})();
