package app.criba.exporting.web;

import java.util.List;

import app.criba.portfolio.PortfolioRow;
import app.criba.system.csv.CsvColumn;
import app.criba.system.csv.CsvTable;

/**
 * The columns of the portfolio export: the page's columns, plus the contract, the low-confidence
 * mark, and the computed grade with the reason of an override (the grade column is the one in force).
 */
final class PortfolioColumns {

    static final List<CsvColumn<PortfolioRow>> COLUMNS = List.of(
            CsvColumn.of("portfolio.col.client", PortfolioRow::name),
            CsvColumn.of("portfolio.filter.contractType", PortfolioRow::contractType),
            CsvColumn.of("portfolio.col.grade", row -> row.grade().name()),
            CsvColumn.of("export.column.lowConfidence", PortfolioRow::lowConfidence),
            CsvColumn.of("portfolio.col.composite", PortfolioRow::composite),
            CsvColumn.of("portfolio.col.financial", PortfolioRow::financial),
            CsvColumn.of("portfolio.col.relationship", PortfolioRow::relationship),
            CsvColumn.of("portfolio.col.gut", PortfolioRow::gut),
            CsvColumn.money("portfolio.col.revenue", PortfolioRow::revenuePerMonth),
            CsvColumn.of("export.column.marginPercent", PortfolioRow::marginPercent),
            CsvColumn.money("portfolio.col.hourlyRate", PortfolioRow::effectiveHourlyRate),
            CsvColumn.of("portfolio.col.hours", PortfolioRow::hoursPerMonth),
            CsvColumn.of("portfolio.col.daysLate", PortfolioRow::meanDaysLate),
            CsvColumn.of("portfolio.col.disputes", PortfolioRow::openDisputes),
            CsvColumn.of("portfolio.col.manager", PortfolioRow::accountManagerName),
            CsvColumn.of("export.column.computedGrade", row -> row.computedGrade().name()),
            CsvColumn.of("export.column.overrideReason", PortfolioRow::overrideReason));

    private PortfolioColumns() {
    }

    static CsvTable<PortfolioRow> table(List<PortfolioRow> rows) {
        return new CsvTable<>(COLUMNS, rows);
    }
}
