package app.criba.importing;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import app.criba.activity.InteractionKind;
import app.criba.client.ContractType;
import app.criba.dispute.DisputeStatus;
import app.criba.invoice.BillingMethod;
import app.criba.invoice.InvoiceKind;
import app.criba.recommendation.RecommendationResponse;

/**
 * A kind of record that a file can hold, with the fields an import reads for it. The path is
 * the kind's name in URLs, such as /api/v1/imports/time-entries.
 */
public enum ImportKind {

    CLIENTS("clients", List.of(
            ImportField.text(Fields.NAME, true, Fields.MAX_NAME, "name", "customer", "customername", "client",
                    "clientname", "company", "companyname", "businessname", "cliente", "nombre", "nombrecliente",
                    "razonsocial", "empresa", "displayname", "customerdisplayname"),
            ImportField.text(Fields.EXTERNAL_REF, false, Fields.MAX_EXTERNAL_REF, "externalref", "customerid",
                    "customercode", "clientid", "clientcode", "id", "code", "reference", "ref", "accountnumber",
                    "codigo", "codigocliente", "idcliente", "referencia", "customernumber"),
            ImportField.text(Fields.CONTACT_NAME, false, Fields.MAX_NAME, "contact", "contactname",
                    "primarycontact", "contacto", "personadecontacto", "fullname", "firstname"),
            ImportField.of(Fields.CONTACT_EMAIL, FieldType.EMAIL, false, "email", "emailaddress", "contactemail",
                    "mail", "correo", "correoelectronico", "primaryemail"),
            ImportField.choice(Fields.CONTRACT_TYPE, false, ContractType.class, "contracttype", "contract",
                    "customertype", "contrato", "tipodecontrato", "tipocontrato"),
            ImportField.of(Fields.SEATS, FieldType.INTEGER, false, "seats", "users", "devices", "endpoints",
                    "puestos", "usuarios", "equipos", "licencias"),
            ImportField.of(Fields.CLIENT_SINCE, FieldType.DATE, false, "clientsince", "customersince", "since",
                    "createdat", "created", "startdate", "clientedesde", "fechaalta", "alta", "fechadealta"),
            ImportField.text(Fields.NOTES, false, Fields.MAX_NOTE, "notes", "note", "comments", "notas",
                    "observaciones", "comentarios"))),

    INVOICES("invoices", List.of(
            Fields.client(),
            ImportField.text(Fields.NUMBER, true, Fields.MAX_NUMBER, "invoicenumber", "invoiceno", "invoicenum",
                    "invoiceid", "invoice", "number", "num", "no", "numerodefactura", "numerofactura", "nfactura",
                    "nodefactura", "numfactura", "factura", "numero"),
            ImportField.of(Fields.ISSUE_DATE, FieldType.DATE, true, "invoicedate", "issuedate", "dateissued",
                    "date", "fecha", "fechafactura", "fechadefactura", "fechaemision", "fechadeemision",
                    "fechaexpedicion", "fechadeexpedicion", "createddate"),
            ImportField.of(Fields.DUE_DATE, FieldType.DATE, false, "duedate", "due", "paymentdue", "datedue",
                    "vencimiento", "fechavencimiento", "fechadevencimiento", "fechavto", "vto"),
            ImportField.of(Fields.AMOUNT, FieldType.AMOUNT, true, "invoiceamount", "amount", "total",
                    "totalamount", "importe", "importetotal", "importefactura", "totalfactura", "monto",
                    "lineamount"),
            ImportField.of(Fields.SETTLED_DATE, FieldType.DATE, false, "settleddate", "settled", "settledon",
                    "paiddate", "datepaid", "paidon", "paymentdate", "fechadecobro", "fechacobro", "cobro",
                    "fechadepago", "fechapago", "pagada", "fullypaiddate", "fullypaidondate"),
            ImportField.of(Fields.DISPUTED, FieldType.YES_NO, false, "disputed", "dispute", "indispute",
                    "disputada", "disputa", "endisputa", "reclamada"),
            ImportField.choice(Fields.BILLING_METHOD, false, BillingMethod.class, "paperlessbill", "billingmethod", "delivery",
                    "billing", "deliverymethod", "metododefacturacion", "formadeenvio", "envio", "facturacion",
                    "formadefacturacion"),
            ImportField.choice(Fields.INVOICE_KIND, false, InvoiceKind.class, "kind", "invoicekind",
                    "invoicetype", "tipo", "tipodefactura", "tipofactura", "category", "categoria"))),

    PAYMENTS("payments", List.of(
            Fields.client(),
            ImportField.text(Fields.INVOICE_NUMBER, true, Fields.MAX_NUMBER, "invoicenumber", "invoiceno",
                    "invoice", "invoicenum", "numerodefactura", "numerofactura", "factura", "nfactura"),
            ImportField.of(Fields.PAID_ON, FieldType.DATE, true, "paymentdate", "paidon", "datepaid", "date",
                    "fecha", "fechadepago", "fechapago", "fechadecobro", "fechacobro"),
            ImportField.of(Fields.AMOUNT, FieldType.AMOUNT, true, "amount", "paymentamount", "amountpaid", "paid",
                    "importe", "importepagado", "importecobrado", "monto", "total"))),

    TIME_ENTRIES("time-entries", List.of(
            ImportField.text(Fields.EXTERNAL_ID, false, Fields.MAX_EXTERNAL_REF, "id", "entryid", "timeentryid",
                    "externalid", "identificador", "idregistro"),
            Fields.client(),
            ImportField.of(Fields.WORKED_ON, FieldType.DATE, false, "date", "workdate", "workedon", "fecha",
                    "fechatrabajo", "dia"),
            ImportField.of(Fields.START, FieldType.DATE_TIME, false, "start", "starttime", "startedat", "from",
                    "inicio", "horainicio", "desde", "comienzo"),
            ImportField.of(Fields.START_TIME, FieldType.TIME, false, "starttime", "timestarted", "horainicio",
                    "horadeinicio"),
            ImportField.of(Fields.END, FieldType.DATE_TIME, false, "end", "endtime", "endedat", "to", "fin",
                    "horafin", "hasta"),
            ImportField.of(Fields.DURATION, FieldType.DURATION, false, "duration", "time", "hours", "minutes",
                    "timespent", "duracion", "tiempo", "horas", "minutos"),
            ImportField.text(Fields.TECHNICIAN, true, Fields.MAX_TECHNICIAN, "technician", "tech", "user",
                    "employee", "worker", "staff", "agent", "tecnico", "empleado", "usuario", "agente"),
            ImportField.of(Fields.BILLABLE, FieldType.YES_NO, false, "billable", "isbillable", "facturable"),
            ImportField.of(Fields.AFTER_HOURS, FieldType.YES_NO, false, "afterhours", "outofhours",
                    "fueradehorario", "fuerahorario"),
            ImportField.text(Fields.NOTE, false, Fields.MAX_NOTE, "notes", "note", "description", "notas",
                    "descripcion", "detalle", "comentario"))),

    INTERACTIONS("interactions", List.of(
            ImportField.text(Fields.EXTERNAL_ID, false, Fields.MAX_EXTERNAL_REF, "id", "ticketid", "ticket",
                    "ticketnumber", "number", "externalid", "numeroticket", "incidencia", "identificador"),
            Fields.client(),
            ImportField.of(Fields.OCCURRED_AT, FieldType.DATE_TIME, true, "date", "created", "createdat",
                    "createddate", "opened", "openedat", "occurredat", "fecha", "fechacreacion", "creado",
                    "fechaapertura", "fechahora"),
            ImportField.of(Fields.TIME, FieldType.TIME, false, "time", "hora", "createdtime", "horacreacion"),
            ImportField.choice(Fields.INTERACTION_KIND, true, InteractionKind.class, "kind", "type",
                    "tickettype", "problemtype", "category", "tipo", "tipodeticket", "categoria"),
            ImportField.of(Fields.AFTER_HOURS, FieldType.YES_NO, false, "afterhours", "outofhours",
                    "fueradehorario", "fuerahorario"),
            ImportField.text(Fields.NOTE, false, Fields.MAX_NOTE, "subject", "notes", "note", "description",
                    "summary", "asunto", "notas", "descripcion", "resumen"))),

    DISPUTES("disputes", List.of(
            Fields.client(),
            ImportField.text(Fields.INVOICE_NUMBER, false, Fields.MAX_NUMBER, "invoicenumber", "invoiceno",
                    "invoice", "numerodefactura", "numerofactura", "factura"),
            ImportField.of(Fields.OPENED_ON, FieldType.DATE, true, "openedon", "opened", "date", "disputedate",
                    "fecha", "fechaapertura", "abierta", "fechadisputa"),
            ImportField.of(Fields.AMOUNT, FieldType.AMOUNT, true, "amount", "disputedamount", "importe",
                    "importedisputado", "monto"),
            ImportField.text(Fields.REASON, true, Fields.MAX_NOTE, "reason", "description", "motivo", "razon",
                    "descripcion"),
            ImportField.of(Fields.SIGNED_AGREEMENT, FieldType.YES_NO, false, "signedagreement", "signed",
                    "firmado", "acuerdofirmado", "firmada"),
            ImportField.choice(Fields.STATUS, false, DisputeStatus.class, "status", "state", "estado",
                    "resolution", "resolucion"),
            ImportField.of(Fields.RESOLVED_ON, FieldType.DATE, false, "resolvedon", "resolved", "closed",
                    "closedon", "fecharesolucion", "resuelta", "cerrada", "fechacierre"),
            ImportField.text(Fields.RESOLUTION_NOTE, false, Fields.MAX_NOTE, "resolutionnote", "resolutionnotes",
                    "notaresolucion", "notas", "notes"))),

    RECOMMENDATIONS("recommendations", List.of(
            Fields.client(),
            ImportField.of(Fields.PROPOSED_ON, FieldType.DATE, true, "proposedon", "proposed", "date", "fecha",
                    "fechapropuesta", "propuesta"),
            ImportField.text(Fields.TITLE, true, Fields.MAX_NAME, "title", "recommendation", "subject",
                    "titulo", "recomendacion", "asunto"),
            ImportField.of(Fields.ESTIMATED_VALUE, FieldType.AMOUNT, false, "estimatedvalue", "value", "amount",
                    "valorestimado", "valor", "importe"),
            ImportField.choice(Fields.RESPONSE, false, RecommendationResponse.class, "response", "answer",
                    "status", "respuesta", "estado"),
            ImportField.of(Fields.RESPONDED_ON, FieldType.DATE, false, "respondedon", "answeredon",
                    "responsedate", "fecharespuesta", "respondida")));

    private final String path;
    private final List<ImportField> fields;

    ImportKind(String path, List<ImportField> fields) {
        this.path = path;
        this.fields = fields;
    }

    public String path() {
        return path;
    }

    public List<ImportField> fields() {
        return fields;
    }

    public Optional<ImportField> field(String key) {
        return fields.stream().filter(field -> field.key().equals(key)).findFirst();
    }

    /** Returns true when the rows of this kind belong to a client named in a column. */
    public boolean hasClientColumn() {
        return this != CLIENTS;
    }

    public String labelCode() {
        return "import.kind." + name();
    }

    public static Optional<ImportKind> byPath(String path) {
        return Arrays.stream(values()).filter(kind -> kind.path.equals(path)).findFirst();
    }
}
