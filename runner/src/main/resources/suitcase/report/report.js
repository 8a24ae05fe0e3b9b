// Filters of the vector x adapter matrix, and opening a vector's detail when a link points to it.
// Reads only data attributes and element properties; never builds HTML from the page's text.
(function () {
  'use strict';

  function openLinkedDetail() {
    var id = decodeURIComponent(window.location.hash.slice(1));
    var target = id ? document.getElementById(id) : null;
    if (target && target.tagName === 'DETAILS') {
      target.open = true;
    }
  }
  window.addEventListener('hashchange', openLinkedDetail);
  openLinkedDetail();

  var table = document.getElementById('matrix-table');
  if (!table) {
    return;
  }
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  var failureVerdicts = (table.getAttribute('data-failure-verdicts') || '').split(' ');
  var form = document.getElementById('filters');
  var count = document.getElementById('matrix-count');
  var field = {
    layer: document.getElementById('f-layer'),
    alg: document.getElementById('f-alg'),
    severity: document.getElementById('f-severity'),
    verdict: document.getElementById('f-verdict'),
    adapter: document.getElementById('f-adapter'),
    id: document.getElementById('f-id')
  };

  function cellMatches(cell, verdict) {
    var shown = cell.getAttribute('data-v');
    return verdict === '@failure' ? failureVerdicts.indexOf(shown) >= 0 : shown === verdict;
  }

  function verdictMatches(row, verdict, adapter) {
    var cells = row.querySelectorAll('td[data-v]');
    if (adapter !== '') {
      var cell = cells[Number(adapter)];
      return cell !== undefined && cellMatches(cell, verdict);
    }
    for (var i = 0; i < cells.length; i++) {
      if (cellMatches(cells[i], verdict)) {
        return true;
      }
    }
    return false;
  }

  function matches(row, filter) {
    if (filter.layer && row.getAttribute('data-layer') !== filter.layer) {
      return false;
    }
    if (filter.alg && row.getAttribute('data-alg') !== filter.alg) {
      return false;
    }
    if (filter.severity && row.getAttribute('data-severity') !== filter.severity) {
      return false;
    }
    if (filter.id && row.getAttribute('data-id').indexOf(filter.id) < 0) {
      return false;
    }
    return !filter.verdict || verdictMatches(row, filter.verdict, filter.adapter);
  }

  function apply() {
    var filter = {
      layer: field.layer.value,
      alg: field.alg.value,
      severity: field.severity.value,
      verdict: field.verdict.value,
      adapter: field.adapter.value,
      id: field.id.value.trim().toLowerCase()
    };
    var shown = 0;
    rows.forEach(function (row) {
      var show = matches(row, filter);
      row.hidden = !show;
      if (show) {
        shown++;
      }
    });
    count.textContent = shown + ' of ' + rows.length + ' vectors shown';
  }

  ['layer', 'alg', 'severity', 'verdict', 'adapter'].forEach(function (name) {
    field[name].addEventListener('change', apply);
  });
  field.id.addEventListener('input', apply);
  form.addEventListener('submit', function (event) {
    event.preventDefault();
  });
  form.addEventListener('reset', function () {
    window.setTimeout(apply, 0);
  });
  apply();
}());
