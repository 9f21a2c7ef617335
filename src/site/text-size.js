// The text-size switch (ขนาดตัวอักษร): shown only when JavaScript runs; the choice is kept in this browser only.
;(function () {
  var root = document.documentElement
  var box = document.querySelector('.text-size')
  function apply(size) {
    if (size === 'large' || size === 'larger') root.setAttribute('data-text-size', size)
    else root.removeAttribute('data-text-size')
    if (!box) return
    var buttons = box.querySelectorAll('button')
    for (var i = 0; i < buttons.length; i++) buttons[i].setAttribute('aria-pressed', String(buttons[i].getAttribute('data-size') === (size || 'normal')))
  }
  var saved = null
  try { saved = localStorage.getItem('khaosan-text-size') } catch (e) {}
  apply(saved)
  if (!box) return
  box.hidden = false
  box.addEventListener('click', function (event) {
    var size = event.target && event.target.getAttribute && event.target.getAttribute('data-size')
    if (!size) return
    apply(size)
    try { localStorage.setItem('khaosan-text-size', size) } catch (e) {}
  })
})()
