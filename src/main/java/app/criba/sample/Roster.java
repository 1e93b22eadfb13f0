package app.criba.sample;

import static app.criba.client.ContractType.BREAK_FIX;
import static app.criba.client.ContractType.HYBRID;
import static app.criba.client.ContractType.MANAGED;
import static app.criba.sample.Archetype.CHARGE_REFUSER;
import static app.criba.sample.Archetype.CHRONIC_COMPLAINER;
import static app.criba.sample.Archetype.EMERGENCY_CALLER;
import static app.criba.sample.Archetype.PRICE_HAGGLER;
import static app.criba.sample.Archetype.SLOW_BUT_LOYAL;
import static app.criba.sample.Archetype.STEADY_SKEPTIC;
import static app.criba.sample.Archetype.TINKERER;
import static app.criba.sample.Archetype.TRUSTED_PARTNER;
import static app.criba.sample.Archetype.UNDERPRICED;
import static app.criba.sample.Incident.CREDIT_NOTE;
import static app.criba.sample.Incident.OLD_WRITE_OFF;
import static app.criba.sample.Incident.OPEN_DISPUTE;
import static app.criba.sample.Incident.OVERDUE_PROJECT;
import static app.criba.sample.Incident.PAID_AFTER_DISPUTE;
import static app.criba.sample.Incident.REFUSED_SIGNED_CHARGE;
import static app.criba.sample.Incident.STOPPED_PAYING;
import static app.criba.scoring.Grade.A;
import static app.criba.scoring.Grade.B;
import static app.criba.scoring.Grade.C;
import static app.criba.scoring.Grade.D;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import app.criba.client.ContractType;
import app.criba.scoring.Grade;

/**
 * The invented clients of the sample portfolio. Financial score F follows from revenue R, hours H
 * and seats S: cost C = 55 H + 150 + 6 S, margin (R − C) / R, F = margin / 60 % × 100 (at most
 * 100). The comments show C and F where they decide the grade; {@link Archetype} gives the
 * composite each behaviour earns for a given F.
 */
final class Roster {

    /** The emergency caller who has not paid for months: every invoice of the last five months is unpaid. */
    static final String EMERGENCY_CALLER_NAME = "Talleres Vidal e Hijos";

    /** The client who refused a travel fee it had signed for. */
    static final String CHARGE_REFUSER_NAME = "Construcciones Peñalba";

    static final List<SampleClient> CLIENTS = List.of(
            // A: C = 935 + 150 + 150 = 1,235 against 4,000, margin 69 %, F 100.
            client(A, "Clínica Dental Roble", TRUSTED_PARTNER, MANAGED, 25, 4000, 17, 74, "Marta Robles", "es",
                    "Dos consultas en el mismo edificio. La gerente aprueba los presupuestos en la reunión trimestral."),
            client(A, "Harbor Freight Logistics", TRUSTED_PARTNER, MANAGED, 40, 6200, 28, 58, "Daniel Hughes", "en",
                    "Warehouse scanners and the office share one network. Refers a new customer most years.")
                    .with(CREDIT_NOTE),
            client(A, "Asesoría Fiscal Montes", TRUSTED_PARTNER, MANAGED, 14, 2300, 10, 96, "Ignacio Montes", "es",
                    "Temporada alta de enero a julio: evitar cambios en el servidor en esos meses.")
                    .with(CREDIT_NOTE),
            client(A, "Bluewater Marine Supplies", TRUSTED_PARTNER, MANAGED, 18, 2900, 14, 40, "Karen Lindqvist", "en",
                    "Shop, warehouse and two delivery vans with tablets."),
            client(A, "Laboratorios Alcor", TRUSTED_PARTNER, MANAGED, 30, 4800, 22, 120, "Elena Sastre", "es",
                    "Equipos de laboratorio con Windows antiguo aislados en su propia red."),
            client(A, "Pinecrest Veterinary Group", TRUSTED_PARTNER, HYBRID, 12, 2000, 9, 33, "Owen Fletcher", "en",
                    "Three practices; the practice manager signs off every proposal within a week."),
            client(A, "Notaría Cifuentes", TRUSTED_PARTNER, MANAGED, 9, 1600, 7, 66, "Álvaro Cifuentes", "es",
                    "Firma electrónica y copias cifradas: requisito del colegio notarial."),
            client(A, "Evergreen Family Practice", TRUSTED_PARTNER, MANAGED, 16, 2600, 15, 28, "Priya Raman", "en",
                    "Patient records system hosted by the vendor; we look after everything else."),
            // A with a thinner margin: C = 660 + 150 + 60 = 870 against about 1,700 with projects,
            // F about 82, composite about 91.
            client(A, "Arquitectos Lumbre", TRUSTED_PARTNER, HYBRID, 10, 1500, 12, 50, "Inés Lumbreras", "es",
                    "Estaciones de trabajo para CAD; renuevan dos equipos cada año."),

            // B: C = 715 + 150 + 72 = 937 against about 1,750 with projects, F about 78,
            // composite about 76 with the paid dispute.
            client(B, "Ferretería Industrial Soto", STEADY_SKEPTIC, HYBRID, 12, 1600, 13, 84, "Ramón Soto", "es",
                    "El dueño pregunta por qué hay que cambiar lo que aún funciona.")
                    .with(PAID_AFTER_DISPUTE),
            client(B, "Greenfield Dental Studio", STEADY_SKEPTIC, MANAGED, 8, 1150, 9, 45, "Megan Clarke", "en",
                    "Imaging software updates must be scheduled with the dentist."),
            client(B, "Hotel Mirador del Puerto", STEADY_SKEPTIC, MANAGED, 20, 2600, 26, 70, "Lucía Ferrer", "es",
                    "Recepción 24 horas; el wifi de clientes lo gestiona otra empresa.")
                    .with(CREDIT_NOTE),
            client(B, "Summit Accounting Partners", STEADY_SKEPTIC, MANAGED, 15, 2100, 18, 62, "Robert Ellison", "en",
                    "Partners question every upgrade, but approve it after a second meeting.")
                    .with(PAID_AFTER_DISPUTE),
            client(B, "Inmobiliaria Solana", STEADY_SKEPTIC, HYBRID, 6, 1100, 9, 38, "Jorge Solana", "es",
                    "Tres agentes que trabajan casi siempre fuera de la oficina."),
            client(B, "Gestoría Almendros", STEADY_SKEPTIC, MANAGED, 10, 1400, 11, 88, "Carmen Almendros", "es",
                    "Usan un programa de nóminas antiguo que no quieren cambiar."),
            client(B, "Silver Oak Insurance Brokers", STEADY_SKEPTIC, MANAGED, 11, 1550, 14, 52, "Hannah Price", "en",
                    "Compliance audit every spring; they need our patch reports for it."),
            client(B, "Fundación Amparo", STEADY_SKEPTIC, MANAGED, 14, 1500, 13, 47, "Teresa Villalba", "es",
                    "Entidad sin ánimo de lucro: cada gasto nuevo pasa por el patronato."),
            // B: C = 632.5 + 150 + 60 = 842.5 against about 1,570 with projects, F about 77, composite about 72.
            client(B, "Crestline Property Management", SLOW_BUT_LOYAL, MANAGED, 10, 1500, 11.5, 79, "Gary Novak", "en",
                    "Pays every invoice about six weeks late, without fail and without complaint."),
            client(B, "Distribuciones Galán", SLOW_BUT_LOYAL, HYBRID, 15, 2000, 15, 101, "Francisco Galán", "es",
                    "Pagan a 60 días por política de la empresa, aunque la factura diga 30."),

            // C: C = 660 + 150 + 48 = 858 against 1,450, F about 68, composite about 51.
            client(C, "Imprenta Rápida Olmedo", PRICE_HAGGLER, HYBRID, 8, 1450, 12, 110, "Pedro Olmedo", "es",
                    "Llama al móvil del técnico en lugar de abrir un ticket.")
                    .with(OPEN_DISPUTE),
            client(C, "Riverside Auto Repair", PRICE_HAGGLER, BREAK_FIX, 6, 1200, 9, 92, "Tony Marchetti", "en",
                    "Refused the weekend call-out last year; weekend work now needs written approval.")
                    .with(OLD_WRITE_OFF),
            client(C, "Bodegas Valdecruz", PRICE_HAGGLER, HYBRID, 10, 1800, 14, 64, "Luis Valdecruz", "es",
                    "Ordenadores de la bodega en una nave sin climatizar."),
            client(C, "Maple Street Pharmacy", PRICE_HAGGLER, HYBRID, 7, 1250, 10, 43, "Linda Osei", "en",
                    "Always asks for the cheapest option first."),
            client(C, "Academia de Idiomas Babel", PRICE_HAGGLER, BREAK_FIX, 9, 1100, 8, 55, "Sofía Marín", "es",
                    "Aulas con portátiles compartidos; cada curso nuevo trae incidencias."),
            // C: C = 770 + 150 + 60 = 980 against 1,400, F about 50, composite about 54.
            client(C, "Northgate Print & Sign", TINKERER, MANAGED, 10, 1400, 14, 36, "Steve Barlow", "en",
                    "The owner's nephew installs software on the production machines."),
            client(C, "Gimnasio Atlas", TINKERER, MANAGED, 12, 1350, 12, 30, "Rubén Atienza", "es",
                    "Los monitores cambian la configuración de los tornos de acceso."),
            // C: C = 1,100 + 150 + 120 = 1,370 against 1,500, margin 9 %, F about 14, composite about 57.
            client(C, "Residencia Los Olivos", UNDERPRICED, MANAGED, 20, 1500, 20, 68, "Mercedes Olivares", "es",
                    "Contrato firmado hace años con un precio que ya no cubre el trabajo."),
            client(C, "Westbrook Day Nursery", UNDERPRICED, MANAGED, 15, 1300, 17, 41, "Claire Whitmore", "en",
                    "Lovely staff; the contract price has not changed since they joined."),
            // A behaviour, but the unpaid project invoice 120 days past due caps it at C.
            client(C, "Kessler Home Builders", TRUSTED_PARTNER, HYBRID, 22, 3200, 16, 57, "Martin Kessler", "en",
                    "Waiting for a grant to pay for the site-office project.")
                    .with(OVERDUE_PROJECT),

            // D: break/fix, 20 hours a month; C = 1,100 + 150 + 60 = 1,310 against about 950, so F is 0.
            client(D, EMERGENCY_CALLER_NAME, EMERGENCY_CALLER, BREAK_FIX, 10, 950, 20, 60, "Andrés Vidal", "es",
                    "Llama a las 22:00 cuando ya no arranca nada. No paga desde hace meses.")
                    .with(STOPPED_PAYING, OPEN_DISPUTE),
            client(D, "Restaurante El Fogón", EMERGENCY_CALLER, BREAK_FIX, 8, 800, 12, 44, "Julián Prieto", "es",
                    "El TPV falla los viernes por la noche y llaman al móvil de guardia."),
            client(D, "Lakeside Events Co.", CHRONIC_COMPLAINER, BREAK_FIX, 5, 900, 10, 39, "Brian Doyle", "en",
                    "Disputes every invoice line; insists on paper invoices.")
                    .with(PAID_AFTER_DISPUTE, OPEN_DISPUTE),
            // D by the signed write-off rule, whatever its composite.
            client(D, CHARGE_REFUSER_NAME, CHARGE_REFUSER, HYBRID, 12, 1800, 12, 76, "Emilio Peñalba", "es",
                    "Firmó la tarifa de desplazamiento a obra y luego se negó a pagarla.")
                    .with(REFUSED_SIGNED_CHARGE),

            // Small clients. A behaviour: C = 110 + 150 + 18 = 278 against 650, F 95; under 1,000 a month drops to B.
            client(B, "Fisioterapia Alba", TRUSTED_PARTNER, MANAGED, 3, 650, 2, 48, "Alba Quintana", "es",
                    "Una consulta con dos fisioterapeutas y una recepcionista."),
            client(B, "Quill & Ink Bookshop", TRUSTED_PARTNER, MANAGED, 2, 520, 1.5, 35, "Fiona Gallagher", "en",
                    "Till, stock system and the shop's website."),
            // A behaviour: C = 27.5 + 150 + 6 = 183.5 against 350, F about 79; under 400 a month drops two grades to C.
            client(C, "Estudio Fotográfico Lienzo", TRUSTED_PARTNER, MANAGED, 1, 350, 0.5, 27, "Nerea Lienzo", "es",
                    "Una fotógrafa con un NAS para los archivos de las sesiones."),
            // B behaviour, C = 55 + 150 + 6 = 211 against 280, F about 41, composite about 62 (C); under 400 drops to D.
            client(D, "Old Mill Yoga", STEADY_SKEPTIC, MANAGED, 1, 280, 1, 31, "Grace Holloway", "en",
                    "Booking system and one laptop at the front desk."),
            // B behaviour, C = 110 + 150 + 12 = 272 against about 430, F about 61, composite about 70;
            // under 1,000 a month drops to C.
            client(C, "Peluquería Carmen", STEADY_SKEPTIC, BREAK_FIX, 2, 450, 2, 53, "Carmen Ibáñez", "es",
                    "Solo llaman cuando falla la caja o la agenda de citas."),

            // Young clients: R divides the invoices since joining by the months since joining, a started
            // month counting whole. Brightside (B behaviour) stays under 1,000 a month and drops to C.
            // Óptica Miramar has one or two invoices and no gut check yet, so it is graded on F and
            // disputes alone, with low confidence.
            client(A, "Coworking La Nave", TRUSTED_PARTNER, HYBRID, 20, 2200, 12, 7, "Diego Navarro", "es",
                    "Alta reciente: red de invitados separada y cuarenta puestos de alquiler."),
            client(B, "Tidewater Brewing Co.", SLOW_BUT_LOYAL, HYBRID, 9, 1400, 11, 10, "Sam Whitaker", "en",
                    "Brewhouse controllers are the vendor's; we look after the office and the taproom."),
            client(A, "Clínica Veterinaria Sierra", TRUSTED_PARTNER, MANAGED, 6, 1300, 5, 2, "Paula Sierra", "es",
                    "Cliente nuevo, recomendado por Clínica Dental Roble."),
            client(C, "Brightside Tutoring", STEADY_SKEPTIC, MANAGED, 5, 700, 5.5, 4, "Olivia Grant", "en",
                    "New client; moved from a one-person IT supplier who retired."),
            client(B, "Óptica Miramar", TRUSTED_PARTNER, MANAGED, 4, 450, 1, 0, "Beatriz Miramar", "es",
                    "Alta este mes: migración del correo y del programa de citas en curso."));

    private Roster() {
    }

    private static SampleClient client(Grade expectedGrade, String name, Archetype archetype, ContractType contract,
            int seats, int revenuePerMonth, double hoursPerMonth, int monthsAsClient, String contactName,
            String language, String notes) {
        return new SampleClient(expectedGrade, name, archetype, contract, seats, BigDecimal.valueOf(revenuePerMonth),
                hoursPerMonth, monthsAsClient, contactName, language, notes, Set.of());
    }
}
