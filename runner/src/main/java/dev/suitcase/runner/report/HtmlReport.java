package dev.suitcase.runner.report;

import dev.suitcase.verifier.crypto.Sha256;

import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * report.html: one self-contained page (styles and script inline, nothing loaded from the network)
 * drawn from {@code report.html.peb}. Its Content-Security-Policy allows no script but its own,
 * named by hash, so even a string that escaped the escaping could not run.
 */
public final class HtmlReport {
    static final String TEMPLATE = "report.html.peb";
    static final String SCRIPT = "report.js";
    /** The CSP source of the report's one script, {@code sha256-} and the base64 digest of its text. */
    static final String SCRIPT_HASH = "sha256-" + Base64.getEncoder().encodeToString(Sha256.digest(Templates.resource(SCRIPT)));

    private HtmlReport() {
    }

    public static String render(ReportModel model) {
        Map<String, Object> context = new HashMap<>();
        context.put("run", model.run());
        context.put("legend", model.legend());
        context.put("cards", model.cards());
        context.put("charts", model.charts());
        context.put("securityFailures", model.securityFailures());
        context.put("advisories", model.advisories());
        context.put("unsupported", model.unsupported());
        context.put("unsupportedCount", model.unsupportedCount());
        context.put("notImplemented", model.notImplemented());
        context.put("newFailures", model.newFailures());
        context.put("matrix", model.matrix());
        context.put("patterns", model.patterns());
        context.put("interop", model.interop());
        context.put("details", model.details());
        context.put("detailsLeft", model.detailsLeft());
        context.put("statements", model.statements());
        context.put("scriptHash", SCRIPT_HASH);
        return Templates.HTML.render(TEMPLATE, context);
    }
}
