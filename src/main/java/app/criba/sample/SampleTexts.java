package app.criba.sample;

import java.util.List;
import java.util.Map;
import java.util.Random;

import app.criba.activity.InteractionKind;
import app.criba.scoring.Grade;

/**
 * Notes, titles and comments for the sample records, in the client's language. These are
 * invented record contents, like the names in {@link Roster}, not texts of Criba's own screens.
 */
final class SampleTexts {

    private static final Map<InteractionKind, List<String>> INTERACTIONS_ES = Map.of(
            InteractionKind.TICKET, List.of("La impresora de recepción no imprime", "Alta de un empleado nuevo",
                    "No sincroniza el correo en el móvil", "Pide acceso a la carpeta de contabilidad",
                    "El portátil va muy lento desde la última actualización", "Aviso de disco casi lleno en el servidor"),
            InteractionKind.PHONE_CALL, List.of("Llamó directamente al técnico en lugar de abrir un ticket",
                    "Pregunta si puede instalar un programa que ha descargado", "Llamada por una contraseña caducada",
                    "Llamó al móvil para consultar una factura"),
            InteractionKind.EMAIL, List.of("Consulta sobre la renovación de licencias", "Envía la lista de altas y bajas del mes",
                    "Pregunta por el informe de copias de seguridad"),
            InteractionKind.EMERGENCY_CALL, List.of("No arranca el servidor y mañana abren a las ocho",
                    "Sin internet en toda la oficina", "El TPV no cobra y tienen el local lleno",
                    "Pantalla de rescate en dos equipos: posible ransomware"),
            InteractionKind.MEETING, List.of("Revisión de TI de 30 minutos: lo hecho, lo pendiente, riesgos y opciones",
                    "Reunión para revisar el plan de renovación de equipos"),
            InteractionKind.COMPLAINT, List.of("Se queja del tiempo de respuesta", "Dice que la factura es demasiado alta",
                    "Se queja de que el técnico llegó tarde"),
            InteractionKind.PRAISE, List.of("Agradece la rapidez con la migración del correo",
                    "Felicita al técnico por su paciencia con el personal", "Muy contentos con el nuevo cortafuegos"),
            InteractionKind.REFERRAL, List.of("Nos recomienda a un proveedor suyo", "Nos presenta a la clínica del piso de arriba"),
            InteractionKind.SELF_INFLICTED_INCIDENT, List.of("Un empleado desinstaló el antivirus",
                    "Cambiaron el router por su cuenta y se quedaron sin red", "Borraron la carpeta compartida al reorganizarla",
                    "Instalaron un programa que bloqueó la base de datos"));

    private static final Map<InteractionKind, List<String>> INTERACTIONS_EN = Map.of(
            InteractionKind.TICKET, List.of("Front desk printer not printing", "New starter needs an account",
                    "Mail not syncing on a phone", "Asks for access to the finance share",
                    "Laptop slow since the last update", "Server disk almost full alert"),
            InteractionKind.PHONE_CALL, List.of("Called the technician directly instead of opening a ticket",
                    "Asks whether they may install a program they downloaded", "Call about an expired password",
                    "Called a mobile phone about an invoice"),
            InteractionKind.EMAIL, List.of("Question about licence renewals", "Sends this month's joiners and leavers",
                    "Asks for the backup report"),
            InteractionKind.EMERGENCY_CALL, List.of("Server will not start and they open at eight tomorrow",
                    "No internet in the whole office", "Card terminal down with a full house",
                    "Ransom note on two computers"),
            InteractionKind.MEETING, List.of("30-minute IT review: what we did, what needs doing, risks and options",
                    "Meeting on the hardware replacement plan"),
            InteractionKind.COMPLAINT, List.of("Complains about response times", "Says the invoice is too high",
                    "Complains that the technician arrived late"),
            InteractionKind.PRAISE, List.of("Thanks us for the quick mail migration",
                    "Praises the technician's patience with the staff", "Very happy with the new firewall"),
            InteractionKind.REFERRAL, List.of("Referred one of their suppliers to us", "Introduced us to the practice upstairs"),
            InteractionKind.SELF_INFLICTED_INCIDENT, List.of("A member of staff uninstalled the antivirus",
                    "Swapped the router themselves and lost the network", "Deleted the shared folder while tidying it",
                    "Installed a program that locked the database"));

    private static final List<String> WORK_ES = List.of("Actualizaciones de Windows y reinicio programado",
            "Revisión de las copias de seguridad", "Alta de usuario y buzón", "Sustitución de disco en el NAS",
            "Configuración de VPN para teletrabajo", "Revisión de alertas de monitorización", "Instalación de equipo nuevo");

    private static final List<String> WORK_EN = List.of("Windows updates and scheduled restart", "Backup checks",
            "New user and mailbox", "Replaced a NAS disk", "VPN set-up for home working", "Monitoring alerts review",
            "New computer set-up");

    private static final List<String> RECOMMENDATIONS_ES = List.of("Sustituir el sistema de copias de seguridad de hace cinco años",
            "Migrar el correo a la nube", "Activar la autenticación en dos pasos", "Renovar cuatro equipos sin soporte",
            "Cortafuegos con actualizaciones gestionadas", "Formación contra el phishing para el personal",
            "SAI para el servidor y el router");

    private static final List<String> RECOMMENDATIONS_EN = List.of("Replace the five-year-old backup system",
            "Move mail to the cloud", "Turn on two-factor sign-in", "Replace four unsupported computers",
            "Firewall with managed updates", "Phishing training for the staff", "UPS for the server and router");

    private static final Map<Grade, List<String>> GUT_ES = Map.of(
            Grade.A, List.of("Da gusto que llame: suele traer un proyecto nuevo.", "Siempre una buena noticia."),
            Grade.B, List.of("Buen cliente, aunque cada propuesta cuesta una reunión más.", "Sin sobresaltos."),
            Grade.C, List.of("Cada llamada es para pedir un descuento.", "Nunca se sabe con qué vendrá."),
            Grade.D, List.of("¿Puede cogerlo otra persona?", "Prefiero no contestar."));

    private static final Map<Grade, List<String>> GUT_EN = Map.of(
            Grade.A, List.of("Glad to see the name: usually a new project.", "Always good news."),
            Grade.B, List.of("Good client, though every proposal takes one more meeting.", "No surprises."),
            Grade.C, List.of("Every call is about a discount.", "Never sure what it will be."),
            Grade.D, List.of("Can someone else take this call?", "I would rather not answer."));

    private SampleTexts() {
    }

    static String interaction(SampleClient client, InteractionKind kind, Random random) {
        return pick((client.speaksSpanish() ? INTERACTIONS_ES : INTERACTIONS_EN).get(kind), random);
    }

    static String work(SampleClient client, Random random) {
        return pick(client.speaksSpanish() ? WORK_ES : WORK_EN, random);
    }

    static String afterHoursWork(SampleClient client) {
        return client.speaksSpanish() ? "Urgencia fuera de horario" : "After-hours emergency";
    }

    static String recommendation(SampleClient client, int index) {
        List<String> titles = client.speaksSpanish() ? RECOMMENDATIONS_ES : RECOMMENDATIONS_EN;
        return titles.get(index % titles.size());
    }

    static String gutComment(SampleClient client, Grade grade, Random random) {
        return pick((client.speaksSpanish() ? GUT_ES : GUT_EN).get(grade), random);
    }

    /** Returns the Spanish or the English text, following the client's language. */
    static String inLanguage(SampleClient client, String spanish, String english) {
        return client.speaksSpanish() ? spanish : english;
    }

    private static String pick(List<String> options, Random random) {
        return options.get(random.nextInt(options.size()));
    }
}
