// The overview page's script: month selection (click, Enter or Space on a bar) and clicks on papers and
// authors, posted to the extension as a kind and a position only.
(function () {
  const vscode = acquireVsCodeApi();

  function selectMonth(month) {
    if (!document.querySelector('.month-top[data-month="' + CSS.escape(month) + '"]')) return;
    for (const top of document.querySelectorAll('.month-top')) top.hidden = top.dataset.month !== month;
    for (const bar of document.querySelectorAll('.bar')) {
      const selected = bar.dataset.month === month;
      bar.classList.toggle('selected', selected);
      bar.setAttribute('aria-current', selected ? 'true' : 'false');
    }
    vscode.setState({ month: month });
    vscode.postMessage({ type: 'select-month', month: month });
  }

  const state = vscode.getState();
  if (state && typeof state.month === 'string') selectMonth(state.month);

  document.addEventListener('click', function (event) {
    const target = event.target instanceof Element ? event.target : null;
    const bar = target && target.closest('.bar');
    if (bar) {
      selectMonth(bar.dataset.month);
      return;
    }
    const button = target && target.closest('button[data-action]');
    if (!button) return;
    const rank = Number(button.dataset.rank);
    if (button.dataset.action === 'open-paper') vscode.postMessage({ type: 'open-paper', month: button.dataset.month, rank: rank });
    if (button.dataset.action === 'reveal-author') vscode.postMessage({ type: 'reveal-author', rank: rank });
  });

  document.addEventListener('keydown', function (event) {
    const bar = event.target instanceof Element ? event.target.closest('.bar') : null;
    if (bar && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      selectMonth(bar.dataset.month);
    }
  });
})();
