// The service hall's own script: CSRF tokens on htmx requests, refusals shown in the page's alert
// area, confirmations, filters that apply themselves and forms that cannot be sent twice.
(function () {
  "use strict";

  function meta(name) {
    var element = document.querySelector('meta[name="' + name + '"]');
    return element ? element.getAttribute("content") : null;
  }

  document.addEventListener("htmx:configRequest", function (event) {
    var header = meta("_csrf_header");
    var token = meta("_csrf");
    if (header && token) {
      event.detail.headers[header] = token;
    }
  });

  function showAlert(text) {
    var alert = document.getElementById("page-alert");
    if (!alert) {
      return;
    }
    alert.textContent = text;
    alert.hidden = false;
    alert.setAttribute("tabindex", "-1");
    alert.focus();
  }

  document.addEventListener("htmx:responseError", function (event) {
    var xhr = event.detail.xhr;
    var text = "";
    if (xhr && xhr.responseText) {
      text = new DOMParser().parseFromString(xhr.responseText, "text/html").body.textContent.trim();
    }
    var fallback = document.documentElement.getAttribute("lang") === "en"
      ? "The request failed. Please try again."
      : "请求未成功，请稍后重试。";
    showAlert(text || fallback);
  });

  document.addEventListener("htmx:sendError", function () {
    showAlert(document.documentElement.getAttribute("lang") === "en"
      ? "The service hall cannot be reached. Check the connection and try again."
      : "无法连接服务大厅，请检查网络后重试。");
  });

  document.addEventListener("htmx:beforeRequest", function () {
    var alert = document.getElementById("page-alert");
    if (alert) {
      alert.hidden = true;
    }
  });

  // <form data-confirm="…"> and <button data-confirm="…"> ask before they are sent
  document.addEventListener("submit", function (event) {
    var form = event.target;
    var submitter = event.submitter;
    var question = (submitter && submitter.getAttribute("data-confirm")) || form.getAttribute("data-confirm");
    if (question && !window.confirm(question)) {
      event.preventDefault();
      event.stopImmediatePropagation();
      return;
    }
    // <form data-once>: a second click while the first is on its way sends nothing
    if (form.hasAttribute("data-once")) {
      if (form.getAttribute("data-sent") === "true") {
        event.preventDefault();
        event.stopImmediatePropagation();
        return;
      }
      form.setAttribute("data-sent", "true");
      form.querySelectorAll("button[type=submit], button:not([type])").forEach(function (button) {
        button.setAttribute("aria-disabled", "true");
      });
    }
  }, true);

  // <select data-autosubmit> sends its form when it changes
  document.addEventListener("change", function (event) {
    var target = event.target;
    if (target.matches && target.matches("[data-autosubmit]") && target.form) {
      target.form.requestSubmit();
    }
    // <input type=file data-max-bytes>: too large a file is refused before it is sent
    if (target.matches && target.matches("input[type=file][data-max-bytes]") && target.files.length) {
      var max = parseInt(target.getAttribute("data-max-bytes"), 10);
      var message = target.getAttribute("data-too-large");
      if (target.files[0].size > max) {
        target.setCustomValidity(message || "");
        target.reportValidity();
        target.value = "";
      } else {
        target.setCustomValidity("");
      }
    }
  });

  // a page restored from the back-forward cache may hold a form marked as sent
  window.addEventListener("pageshow", function (event) {
    if (event.persisted) {
      document.querySelectorAll("form[data-sent]").forEach(function (form) {
        form.removeAttribute("data-sent");
        form.querySelectorAll("[aria-disabled=true]").forEach(function (button) {
          button.removeAttribute("aria-disabled");
        });
      });
    }
  });

  // mark the navigation link of the current page
  document.addEventListener("DOMContentLoaded", function () {
    var path = window.location.pathname;
    document.querySelectorAll(".hall-nav a").forEach(function (link) {
      var href = link.getAttribute("href");
      if (href === path || (href !== "/" && path.indexOf(href + "/") === 0)) {
        link.setAttribute("aria-current", "page");
      }
    });
  });
})();

// viewers of materials: a <details> holding [data-src] elements (an iframe, an image) fetches its
// file when it is first opened, so a page lists many files but loads only the one being read
(function () {
  "use strict";
  document.addEventListener("toggle", function (event) {
    var details = event.target;
    if (!details.matches || !details.matches("details") || !details.open) {
      return;
    }
    details.querySelectorAll("[data-src]").forEach(function (element) {
      element.setAttribute("src", element.getAttribute("data-src"));
      element.removeAttribute("data-src");
    });
  }, true);
})();

// a page that comes back with refusals brings its error summary into view and reads it out
document.addEventListener("DOMContentLoaded", function () {
  "use strict";
  var summary = document.querySelector("[data-focus]");
  if (summary) {
    summary.scrollIntoView({block: "start"});
    summary.focus();
  }
});
