package app.criba.importing;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A field that an invoice import reads from a column. The key is the field's name in the API's
 * JSON mapping. The header names are the column titles, in English and Spanish, that a guess
 * recognises. They are compared lower-case, without accents, spaces or punctuation.
 */
public enum ImportField {
    CLIENT("client", true, "customerid", "customer", "customername", "customercode", "client", "clientid",
            "clientname", "clientcode", "cliente", "idcliente", "codigocliente", "codcliente", "nombrecliente",
            "razonsocial", "company", "empresa"),
    NUMBER("number", true, "invoicenumber", "invoiceno", "invoicenum", "invoiceid", "invoice", "number",
            "numerodefactura", "numerofactura", "nfactura", "nodefactura", "numfactura", "factura", "numero"),
    ISSUE_DATE("issueDate", true, "invoicedate", "issuedate", "dateissued", "date", "fecha", "fechafactura",
            "fechadefactura", "fechaemision", "fechadeemision", "fechaexpedicion", "fechadeexpedicion"),
    DUE_DATE("dueDate", true, "duedate", "due", "paymentdue", "datedue", "vencimiento", "fechavencimiento",
            "fechadevencimiento", "fechavto", "vto"),
    AMOUNT("amount", true, "invoiceamount", "amount", "total", "totalamount", "importe", "importetotal",
            "importefactura", "totalfactura", "monto"),
    SETTLED_DATE("settledDate", false, "settleddate", "settled", "settledon", "paiddate", "datepaid", "paidon",
            "paymentdate", "fechadecobro", "fechacobro", "cobro", "fechadepago", "fechapago", "pagada"),
    DISPUTED("disputed", false, "disputed", "dispute", "indispute", "disputada", "disputa", "endisputa",
            "reclamada"),
    BILLING_METHOD("billingMethod", false, "paperlessbill", "billingmethod", "billing", "deliverymethod",
            "metododefacturacion", "formadeenvio", "envio", "facturacion", "formadefacturacion"),
    KIND("kind", false, "kind", "invoicekind", "invoicetype", "type", "tipo", "tipodefactura", "tipofactura",
            "category", "categoria");

    private final String key;
    private final boolean required;
    private final Set<String> headerNames;

    ImportField(String key, boolean required, String... headerNames) {
        this.key = key;
        this.required = required;
        this.headerNames = Set.of(headerNames);
    }

    public String key() {
        return key;
    }

    /** Returns the field's name in the user's language, as a message to resolve. */
    public MessageSourceResolvable label() {
        return new DefaultMessageSourceResolvable(new String[] { labelCode() }, key);
    }

    public String labelCode() {
        return "import.field." + key;
    }

    public boolean isRequired() {
        return required;
    }

    /** Whether a column of this title is likely to hold this field. */
    boolean recognises(String header) {
        return headerNames.contains(ChoiceValues.normalize(header).replace(" ", ""));
    }

    public static Optional<ImportField> byKey(String key) {
        return Arrays.stream(values()).filter(field -> field.key.equals(key)).findFirst();
    }
}
