// Rahnama on the web: the forms work without this file; with it, they post in the background and the answer is
// appended to the conversation. The location is asked only when the person presses its button.
(function () {
  'use strict';
  var log = document.getElementById('log');
  if (!log || !window.fetch || !window.DOMParser) return;
  var turns = log.querySelectorAll('.turn').length;

  function reveal() {
    var locate = document.getElementById('locate');
    if (locate && navigator.geolocation) locate.hidden = false;
    log.querySelectorAll('.copy').forEach(function (b) { b.hidden = false; });
  }

  function csrf() {
    var field = document.querySelector('input[name=_csrf]');
    return field ? field.value : '';
  }

  function send(data) {
    var controls = document.getElementById('controls');
    var caseworker = document.getElementById('caseworker');
    if (caseworker && caseworker.checked) data.set('caseworker', '1');
    data.set('turn', String(++turns));
    controls.setAttribute('aria-busy', 'true');
    return fetch('/', {method: 'POST', body: new URLSearchParams(data), credentials: 'same-origin',
      headers: {'X-Rahnama-Fragment': '1'}})
      .then(function (response) { return response.text(); })
      .then(function (html) {
        var doc = new DOMParser().parseFromString(html, 'text/html');
        var turn = doc.querySelector('.turn');
        var next = doc.getElementById('controls');
        document.documentElement.lang = doc.documentElement.lang;
        document.documentElement.dir = doc.documentElement.dir;
        if (turn) log.appendChild(document.importNode(turn, true));
        if (next) controls.replaceWith(document.importNode(next, true));
        reveal();
        if (turn) log.lastElementChild.scrollIntoView({block: 'start'});
        var input = document.getElementById('q');
        if (input) input.focus({preventScroll: true});
      });
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!form.closest('#controls')) return;
    event.preventDefault();
    send(new FormData(form, event.submitter)).catch(function () { form.submit(); });
  });

  document.addEventListener('click', function (event) {
    var button = event.target.closest('button');
    if (!button) return;
    if (button.id === 'locate') {
      navigator.geolocation.getCurrentPosition(function (position) {
        var data = new FormData();
        data.set('_csrf', csrf());
        data.set('lat', position.coords.latitude.toFixed(3));
        data.set('lon', position.coords.longitude.toFixed(3));
        send(data);
      }, function () {
        button.textContent = button.getAttribute('data-failed');
      }, {maximumAge: 600000, timeout: 15000});
    } else if (button.classList.contains('copy')) {
      var text = document.getElementById(button.getAttribute('data-copy')).innerText;
      var done = function () { button.textContent = button.getAttribute('data-copied'); };
      if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(text).then(done);
      else {
        var range = document.createRange();
        range.selectNodeContents(document.getElementById(button.getAttribute('data-copy')));
        var selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
        if (document.execCommand('copy')) done();
      }
    }
  });

  reveal();
})();
