package app.criba.importing;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Guesses the constant that a text in a file means, for each yes/no and choice field, from the
 * words English and Spanish tools use. The guess fills the value table that the user checks;
 * a text it does not know is left for the user to choose.
 */
final class ChoiceValues {

    private static final Set<String> YES = Set.of("yes", "y", "si", "s", "true", "1", "x", "verdadero");
    private static final Set<String> NO = Set.of("no", "n", "false", "0", "falso");

    private static final Map<String, Map<String, String>> WORDS = Map.of(
            Fields.BILLING_METHOD, Map.ofEntries(
                    Map.entry("paper", "PAPER"), Map.entry("papel", "PAPER"), Map.entry("post", "PAPER"),
                    Map.entry("mail", "PAPER"), Map.entry("correo postal", "PAPER"), Map.entry("print", "PAPER"),
                    Map.entry("electronic", "ELECTRONIC"), Map.entry("electronica", "ELECTRONIC"),
                    Map.entry("electronico", "ELECTRONIC"), Map.entry("e invoice", "ELECTRONIC"),
                    Map.entry("einvoice", "ELECTRONIC"), Map.entry("email", "ELECTRONIC"),
                    Map.entry("e mail", "ELECTRONIC"), Map.entry("paperless", "ELECTRONIC"),
                    Map.entry("factura electronica", "ELECTRONIC"), Map.entry("direct debit", "DIRECT_DEBIT"),
                    Map.entry("debit", "DIRECT_DEBIT"), Map.entry("sepa", "DIRECT_DEBIT"),
                    Map.entry("sepa direct debit", "DIRECT_DEBIT"), Map.entry("domiciliacion", "DIRECT_DEBIT"),
                    Map.entry("domiciliacion bancaria", "DIRECT_DEBIT"), Map.entry("domiciliada", "DIRECT_DEBIT"),
                    Map.entry("recibo domiciliado", "DIRECT_DEBIT"), Map.entry("adeudo directo", "DIRECT_DEBIT")),
            Fields.INVOICE_KIND, Map.ofEntries(
                    Map.entry("recurring", "RECURRING"), Map.entry("monthly", "RECURRING"),
                    Map.entry("subscription", "RECURRING"), Map.entry("recurrente", "RECURRING"),
                    Map.entry("cuota", "RECURRING"), Map.entry("mensual", "RECURRING"),
                    Map.entry("project", "PROJECT"), Map.entry("proyecto", "PROJECT"),
                    Map.entry("hardware", "HARDWARE"), Map.entry("equipos", "HARDWARE"),
                    Map.entry("break fix", "BREAK_FIX"), Map.entry("breakfix", "BREAK_FIX"),
                    Map.entry("incidencia", "BREAK_FIX"), Map.entry("asistencia", "BREAK_FIX")),
            Fields.INTERACTION_KIND, Map.ofEntries(
                    Map.entry("ticket", "TICKET"), Map.entry("incident", "TICKET"), Map.entry("incidencia", "TICKET"),
                    Map.entry("service request", "TICKET"), Map.entry("request", "TICKET"),
                    Map.entry("solicitud", "TICKET"), Map.entry("peticion", "TICKET"),
                    Map.entry("phone", "PHONE_CALL"), Map.entry("phone call", "PHONE_CALL"),
                    Map.entry("call", "PHONE_CALL"), Map.entry("llamada", "PHONE_CALL"),
                    Map.entry("telefono", "PHONE_CALL"), Map.entry("email", "EMAIL"), Map.entry("e mail", "EMAIL"),
                    Map.entry("correo", "EMAIL"), Map.entry("emergency", "EMERGENCY_CALL"),
                    Map.entry("emergency call", "EMERGENCY_CALL"), Map.entry("urgent", "EMERGENCY_CALL"),
                    Map.entry("urgencia", "EMERGENCY_CALL"), Map.entry("urgente", "EMERGENCY_CALL"),
                    Map.entry("emergencia", "EMERGENCY_CALL"), Map.entry("meeting", "MEETING"),
                    Map.entry("reunion", "MEETING"), Map.entry("visit", "MEETING"), Map.entry("visita", "MEETING"),
                    Map.entry("complaint", "COMPLAINT"), Map.entry("queja", "COMPLAINT"),
                    Map.entry("reclamacion", "COMPLAINT"), Map.entry("praise", "PRAISE"),
                    Map.entry("compliment", "PRAISE"), Map.entry("felicitacion", "PRAISE"),
                    Map.entry("elogio", "PRAISE"), Map.entry("referral", "REFERRAL"),
                    Map.entry("recomendacion", "REFERRAL"), Map.entry("referido", "REFERRAL"),
                    Map.entry("self inflicted", "SELF_INFLICTED_INCIDENT"),
                    Map.entry("user error", "SELF_INFLICTED_INCIDENT"),
                    Map.entry("error del usuario", "SELF_INFLICTED_INCIDENT"),
                    Map.entry("autoinfligida", "SELF_INFLICTED_INCIDENT")),
            Fields.STATUS, Map.ofEntries(
                    Map.entry("open", "OPEN"), Map.entry("abierta", "OPEN"), Map.entry("pending", "OPEN"),
                    Map.entry("pendiente", "OPEN"), Map.entry("paid", "RESOLVED_PAID"),
                    Map.entry("resolved paid", "RESOLVED_PAID"), Map.entry("pagada", "RESOLVED_PAID"),
                    Map.entry("cobrada", "RESOLVED_PAID"), Map.entry("credit", "RESOLVED_CREDIT"),
                    Map.entry("credited", "RESOLVED_CREDIT"), Map.entry("resolved credit", "RESOLVED_CREDIT"),
                    Map.entry("abono", "RESOLVED_CREDIT"), Map.entry("abonada", "RESOLVED_CREDIT"),
                    Map.entry("written off", "WRITTEN_OFF"), Map.entry("write off", "WRITTEN_OFF"),
                    Map.entry("incobrable", "WRITTEN_OFF"), Map.entry("fallida", "WRITTEN_OFF")),
            Fields.RESPONSE, Map.ofEntries(
                    Map.entry("none", "NONE"), Map.entry("pending", "NONE"), Map.entry("sin respuesta", "NONE"),
                    Map.entry("pendiente", "NONE"), Map.entry("accepted", "ACCEPTED"), Map.entry("yes", "ACCEPTED"),
                    Map.entry("aceptada", "ACCEPTED"), Map.entry("aceptado", "ACCEPTED"),
                    Map.entry("proposal requested", "PROPOSAL_REQUESTED"),
                    Map.entry("propuesta solicitada", "PROPOSAL_REQUESTED"), Map.entry("questioned", "QUESTIONED"),
                    Map.entry("cuestionada", "QUESTIONED"), Map.entry("cheapest option", "CHEAPEST_OPTION"),
                    Map.entry("cheapest", "CHEAPEST_OPTION"), Map.entry("opcion mas barata", "CHEAPEST_OPTION"),
                    Map.entry("declined", "DECLINED"), Map.entry("rejected", "DECLINED"), Map.entry("no", "DECLINED"),
                    Map.entry("rechazada", "DECLINED"), Map.entry("rechazado", "DECLINED")),
            Fields.CONTRACT_TYPE, Map.ofEntries(
                    Map.entry("managed", "MANAGED"), Map.entry("managed services", "MANAGED"),
                    Map.entry("msp", "MANAGED"), Map.entry("contract", "MANAGED"),
                    Map.entry("servicios gestionados", "MANAGED"), Map.entry("gestionado", "MANAGED"),
                    Map.entry("cuota fija", "MANAGED"), Map.entry("break fix", "BREAK_FIX"),
                    Map.entry("breakfix", "BREAK_FIX"), Map.entry("ad hoc", "BREAK_FIX"),
                    Map.entry("por horas", "BREAK_FIX"), Map.entry("bajo demanda", "BREAK_FIX"),
                    Map.entry("hybrid", "HYBRID"), Map.entry("hibrido", "HYBRID"), Map.entry("mixto", "HYBRID")));

    private ChoiceValues() {
    }

    /** Returns true or false, or null when the text is neither a yes nor a no. */
    static Boolean yesNo(String text) {
        String key = normalize(text);
        if (NO.contains(key)) {
            return Boolean.FALSE;
        }
        return YES.contains(key) ? Boolean.TRUE : null;
    }

    /**
     * Returns the constant a text means for a yes/no or choice field ("true"/"false" for yes/no),
     * the field's OTHER constant for an unknown text when it has one, or null.
     */
    static String guess(ImportField field, String text) {
        if (field.type() == FieldType.YES_NO) {
            Boolean yes = yesNo(text);
            return yes == null ? null : yes.toString();
        }
        String key = normalize(text);
        String known = WORDS.getOrDefault(field.key(), Map.of()).get(key);
        if (known != null) {
            return known;
        }
        String constant = key.replace(' ', '_').toUpperCase(Locale.ROOT);
        if (field.choices().contains(constant)) {
            return constant;
        }
        return field.choices().contains("OTHER") ? "OTHER" : null;
    }

    /** Lower-cases, drops accents, and turns every run of punctuation or spaces into one space. */
    static String normalize(String value) {
        String withoutAccents = Normalizer.normalize(value == null ? "" : value, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return withoutAccents.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }
}
