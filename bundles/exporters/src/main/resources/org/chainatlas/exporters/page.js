/* ChainAtlas page: filters the entries embedded in #atlas-data. Works offline, from a file.
   Names are user data: they reach the page through textContent only, never as markup. */
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('atlas-data').textContent);
  var keys = ['q', 'layer', 'category', 'place', 'openness'];
  var controls = {};
  keys.forEach(function (key) { controls[key] = document.getElementById('filter-' + key); });
  var results = document.getElementById('results');
  var count = document.getElementById('count');
  var noMatch = document.getElementById('no-match');
  var state = {};

  /* "FISCO BCOS" and "FISCOBCOS" are the same name to a person searching, as in atlas:search. */
  function squeeze(text) {
    return text.replace(/[\s\u00b7\u30fb.\-_]+/g, '');
  }

  function matches(entry) {
    var needle = (state.q || '').trim().toLowerCase();
    if (needle && entry.search.indexOf(needle) < 0 && entry.search.indexOf(squeeze(needle)) < 0) {
      return false;
    }
    if (state.layer && entry.layer !== state.layer) {
      return false;
    }
    if (state.category && entry.categoryKeys.indexOf(state.category) < 0) {
      return false;
    }
    if (state.place && entry.placeKeys.indexOf(state.place) < 0) {
      return false;
    }
    return !(state.openness && entry.openness.indexOf(state.openness) < 0);
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined && text !== null) {
      node.textContent = text;
    }
    return node;
  }

  function field(label, value) {
    var line = element('p');
    line.appendChild(element('span', 'field-label', label + data.labels.colon));
    if (typeof value === 'string') {
      line.appendChild(document.createTextNode(value));
    } else {
      line.appendChild(value);
    }
    return line;
  }

  /* A link where the page data gives a url (only http(s) ones: see PageData), else plain text. */
  function link(text, url, className) {
    if (!url) {
      return className ? element('span', className, text) : document.createTextNode(text);
    }
    var anchor = element('a', className, text);
    anchor.href = url;
    anchor.rel = 'noopener noreferrer';
    return anchor;
  }

  function links(list) {
    var span = element('span', 'links');
    list.forEach(function (each, i) {
      if (i > 0) {
        span.appendChild(document.createTextNode(' · '));
      }
      span.appendChild(link(each.text, each.url));
    });
    return span;
  }

  function provenance(source) {
    var span = element('span');
    span.appendChild(link(source.title, source.url));
    if (source.date) {
      span.appendChild(document.createTextNode(' · ' + source.date));
    }
    return span;
  }

  function card(entry) {
    var item = element('li', 'entry');
    item.setAttribute('data-id', entry.id);
    var heading = element('h3');
    heading.appendChild(link(entry.name, entry.homepage, 'name'));
    if (entry.otherName) {
      heading.appendChild(element('span', 'other', entry.otherName));
    }
    item.appendChild(heading);
    var meta = entry.layerName;
    if (entry.categories.length) {
      meta += ' · ' + entry.categories.join(data.labels.separator);
    }
    item.appendChild(element('p', 'meta', meta));
    if (entry.organisation) {
      item.appendChild(field(data.labels.organisation, entry.organisation));
    }
    if (entry.places.length) {
      item.appendChild(field(data.labels.places, entry.places.join(data.labels.separator)));
    }
    if (entry.links.length) {
      item.appendChild(field(data.labels.links, links(entry.links)));
    }
    if (entry.note) {
      var note = field(data.labels.note, entry.note);
      note.className = 'note'; /* keeps the note's own line breaks */
      item.appendChild(note);
    }
    if (entry.source) {
      item.appendChild(field(data.labels.source, provenance(entry.source)));
    }
    item.appendChild(element('p', 'id', entry.id));
    return item;
  }

  function render() {
    var shown = data.entries.filter(matches);
    while (results.firstChild) {
      results.removeChild(results.firstChild);
    }
    shown.forEach(function (entry) { results.appendChild(card(entry)); });
    count.textContent = String(shown.length);
    noMatch.hidden = shown.length > 0;
  }

  /* The hash carries the filters (#q=…&layer=…), so a filtered view can be bookmarked and shared. */
  function fromHash() {
    var params = new URLSearchParams(window.location.hash.replace(/^#/, ''));
    keys.forEach(function (key) {
      state[key] = params.get(key) || '';
      controls[key].value = state[key];
    });
    render();
  }

  function fromControls() {
    var params = new URLSearchParams();
    keys.forEach(function (key) {
      state[key] = controls[key].value;
      if (state[key]) {
        params.set(key, state[key]);
      }
    });
    try {
      var hash = params.toString();
      window.history.replaceState(null, '', hash ? '#' + hash : window.location.pathname + window.location.search);
    } catch (ignored) {
      /* Some browsers refuse history changes on file: pages; filtering still works. */
    }
    render();
  }

  controls.q.addEventListener('input', fromControls);
  keys.slice(1).forEach(function (key) { controls[key].addEventListener('change', fromControls); });
  window.addEventListener('hashchange', fromHash);
  fromHash();
}());
