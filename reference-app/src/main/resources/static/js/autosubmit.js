// Submits forms marked data-autosubmit (SAML HTTP-POST binding). Without JavaScript the visible button works.
document.querySelectorAll('form[data-autosubmit]').forEach(function (form) { form.submit(); });
