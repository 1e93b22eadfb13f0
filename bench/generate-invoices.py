#!/usr/bin/env python3
"""Generate a synthetic invoice list, laid out as a Spanish accounting tool exports it.

The file is UTF-8 with semicolons between values, dates as dd/MM/yyyy and amounts with a
decimal comma (1.234,56). Invoices are spread over the two years before the given date and over
a fixed set of clients. About 80 % are settled, 1 % are credit notes and 1 % are disputed. The
same seed and date write the same file, so runs on different machines import the same data.

Usage: generate-invoices.py OUTPUT.csv [--rows N] [--clients N] [--until yyyy-mm-dd] [--seed N]
"""

import argparse
import csv
import datetime
import itertools
import random
import sys

HEADER = ["Cliente", "Nº factura", "Fecha", "Vencimiento", "Importe", "Fecha de cobro", "En disputa",
          "Forma de facturación", "Tipo"]

FIRST_WORDS = ["Talleres", "Clínica", "Asesoría", "Distribuciones", "Construcciones", "Gestoría", "Farmacia",
               "Transportes", "Óptica", "Bodegas", "Hostal", "Inmobiliaria", "Laboratorio", "Despacho",
               "Imprenta", "Ferretería", "Academia", "Consultora", "Cerámicas", "Estudio"]
SECOND_WORDS = ["Soler", "Martínez", "del Norte", "Ibérica", "Mediterráneo", "Alcalá", "Peñalara", "Guadiana",
                "Levante", "Montserrat", "Atlántico", "Castilla", "Ebro", "Sierra Nevada", "Cantábrico",
                "Miramar", "Valverde", "Albaicín", "Torres", "Navarro", "Aragón", "Duero", "Galicia",
                "Ruiz", "Moreno"]
SUFFIXES = ["S.L.", "S.A.", "S.L.U.", "y Asociados", "S.Coop."]

BILLING_METHODS = [("Electrónica", 60), ("Domiciliación", 30), ("Papel", 10)]
# Each kind of invoice has its own range of amounts in euros and its own share of the rows.
KINDS = [("Cuota", 55, 150, 3000), ("Incidencia", 20, 60, 900), ("Proyecto", 10, 1000, 25000),
         ("Equipos", 15, 200, 8000)]
TERMS_DAYS = [15, 30, 30, 30, 60]

SETTLED_SHARE = 0.85
CREDIT_NOTE_SHARE = 0.01
DISPUTED_SHARE = 0.01


def client_names(count, rng):
    """Return count distinct company names. A name drawn a second time gets a number after it."""
    names = []
    seen = set()
    while len(names) < count:
        name = f"{rng.choice(FIRST_WORDS)} {rng.choice(SECOND_WORDS)} {rng.choice(SUFFIXES)}"
        if name in seen:
            name = f"{name} {len(names) + 1}"
        seen.add(name)
        names.append(name)
    return names


def weighted(choices, rng):
    return rng.choices([choice[0] for choice in choices], weights=[choice[1] for choice in choices])[0]


def spanish_amount(cents):
    """Format cents as 1.234,56, with a minus sign before a negative amount."""
    sign = "-" if cents < 0 else ""
    units, rest = divmod(abs(cents), 100)
    return f"{sign}{units:,}".replace(",", ".") + f",{rest:02d}"


def spanish_date(day):
    return day.strftime("%d/%m/%Y")


def generate(path, rows, clients, until, seed):
    rng = random.Random(seed)
    names = client_names(clients, rng)
    # Pareto weights bill a few clients far more often than most, as in a real portfolio.
    cumulative = list(itertools.accumulate(rng.paretovariate(1.5) for _ in names))
    first_day = until - datetime.timedelta(days=730)
    counts = {"settled": 0, "disputed": 0, "creditNotes": 0}
    with open(path, "w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
        writer.writerow(HEADER)
        for number in range(1, rows + 1):
            client = rng.choices(names, cum_weights=cumulative)[0]
            issued = first_day + datetime.timedelta(days=rng.randrange(730))
            due = issued + datetime.timedelta(days=rng.choice(TERMS_DAYS))
            kind = weighted([(k[0], k[1]) for k in KINDS], rng)
            low, high = next((k[2], k[3]) for k in KINDS if k[0] == kind)
            cents = rng.randrange(low * 100, high * 100)
            credit_note = rng.random() < CREDIT_NOTE_SHARE
            if credit_note:
                cents = -cents // 4
                counts["creditNotes"] += 1
            settled = ""
            if not credit_note and rng.random() < SETTLED_SHARE:
                # Payments come about 35 days after issue on average, some long after the due date.
                paid = issued + datetime.timedelta(days=max(0, int(rng.gauss(35, 20))))
                if paid <= until:
                    settled = spanish_date(paid)
                    counts["settled"] += 1
            disputed = not credit_note and rng.random() < DISPUTED_SHARE
            counts["disputed"] += disputed
            writer.writerow([client, f"F{issued.year}-{number:06d}", spanish_date(issued), spanish_date(due),
                             spanish_amount(cents), settled, "Sí" if disputed else "No",
                             weighted(BILLING_METHODS, rng), kind])
    return counts


def main():
    parser = argparse.ArgumentParser(description="Generate a synthetic invoice CSV for the import benchmark.")
    parser.add_argument("output", help="the CSV file to write")
    parser.add_argument("--rows", type=int, default=100_000, help="invoice rows (default 100000)")
    parser.add_argument("--clients", type=int, default=2_000, help="distinct clients (default 2000)")
    parser.add_argument("--until", type=datetime.date.fromisoformat, default=datetime.date.today(),
                        help="last possible issue and settled date, yyyy-mm-dd (default today)")
    parser.add_argument("--seed", type=int, default=42, help="random seed (default 42)")
    args = parser.parse_args()
    counts = generate(args.output, args.rows, args.clients, args.until, args.seed)
    print(f"rows={args.rows} clients={args.clients} settled={counts['settled']} "
          f"disputed={counts['disputed']} creditNotes={counts['creditNotes']}", file=sys.stderr)


if __name__ == "__main__":
    main()
