package nl.schoolsupport.poortwachter.app.saml;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.schoolsupport.poortwachter.app.web.Pages;
import nl.schoolsupport.poortwachter.error.PoortwachterException;

/**
 * The Dutch (or English) error page for a failed redirect login: what happened in words, and the failed check's
 * code as the reference for the helpdesk. The log has the details (expected vs actual, no personal data).
 */
final class SamlErrors {

    private SamlErrors() {
    }

    static void show(Pages pages, HttpServletRequest request, HttpServletResponse response, PoortwachterException failure)
            throws IOException {
        show(pages, request, response, Optional.of(failure));
    }

    static void show(Pages pages, HttpServletRequest request, HttpServletResponse response, Optional<PoortwachterException> failure)
            throws IOException {
        String code = failure.map(f -> f.errorCode().code()).orElse("PW-UNEXPECTED");
        String specific = "error." + code;
        String messageKey = pages.templates().messages().has(specific) ? specific
                : code.startsWith("PW-SAML") || code.startsWith("PW-ENTREE") || code.startsWith("PW-BASISPOORT")
                        ? "error.saml.generic" : "error.unexpected";
        int status = failure.isEmpty() ? 500 : code.equals("PW-LOGIN-003") ? 503 : code.equals("PW-LOGIN-005") ? 403 : 400;
        Map<String, Object> model = new HashMap<>(Map.of("status", status, "titleKey", "error.saml.title",
                "messageKey", messageKey, "reference", code));
        failure.flatMap(f -> ProviderMessages.text(f, pages.locale(request, response))).ifPresent(t -> model.put("messageText", t));
        pages.render(request, response, status, "error", model);
    }
}
