package app.criba.portfolio;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.criba.client.ContractType;
import app.criba.scoring.Grade;
import app.criba.scoring.GradeOverride;
import app.criba.scoring.GradeOverrideService;
import app.criba.scoring.ScoringService;
import app.criba.scoring.engine.Scorecard;

/** Builds the ranked portfolio as of a date: every current client's scorecard, filtered, sorted and paged. */
@Service
public class PortfolioService {

    private static final String CLIENTS_SQL = """
            select c.id, c.name, c.contract_type, c.account_manager_id, u.display_name as manager_name
            from client c left join app_user u on u.id = c.account_manager_id
            where c.status <> 'FORMER'
            """;

    private final ScoringService scoring;
    private final GradeOverrideService overrides;
    private final JdbcClient jdbc;

    PortfolioService(ScoringService scoring, GradeOverrideService overrides, JdbcClient jdbc) {
        this.scoring = scoring;
        this.overrides = overrides;
        this.jdbc = jdbc;
    }

    /**
     * Ranks every current client by composite score, best first, as of a date. A client's grade is
     * the owner's override in force that day, if any: the owner overrides a grade to say which
     * group the client belongs in, so the filter and the per-grade shares count it there.
     */
    @Transactional(readOnly = true)
    public List<PortfolioRow> rank(LocalDate asOf) {
        Map<Long, ClientLabel> labels = jdbc.sql(CLIENTS_SQL)
                .query((row, index) -> new ClientLabel(row.getLong("id"), row.getString("name"),
                        ContractType.valueOf(row.getString("contract_type")),
                        (Long) row.getObject("account_manager_id"), row.getString("manager_name")))
                .list().stream()
                .collect(Collectors.toMap(ClientLabel::id, Function.identity()));
        Map<Long, GradeOverride> inForce = overrides.inForce(asOf);
        return scoring.scorePortfolio(asOf).stream()
                .filter(card -> labels.containsKey(card.clientId()))
                .map(card -> toRow(card, labels.get(card.clientId()), inForce.get(card.clientId())))
                .sorted(PortfolioSort.COMPOSITE.comparator(true))
                .toList();
    }

    @Transactional(readOnly = true)
    public PortfolioView view(PortfolioQuery query) {
        List<PortfolioRow> all = rank(query.asOf());
        List<PortfolioRow> matching = filterAndSort(all, query);
        int pageCount = Math.max(1, (matching.size() + query.pageSize() - 1) / query.pageSize());
        int page = Math.min(Math.max(query.page(), 1), pageCount);
        List<PortfolioRow> rows = matching.stream()
                .skip((long) (page - 1) * query.pageSize())
                .limit(query.pageSize())
                .toList();
        return new PortfolioView(rows, matching.size(), page, pageCount, summarize(all), all.size());
    }

    /** Returns every client that matches the query's filters, in its order, on one list instead of pages. */
    @Transactional(readOnly = true)
    public List<PortfolioRow> matching(PortfolioQuery query) {
        return filterAndSort(rank(query.asOf()), query);
    }

    /** Keeps the ranked rows that match the query's filters and sorts them in the query's order; ignores its page. */
    public static List<PortfolioRow> filterAndSort(List<PortfolioRow> rows, PortfolioQuery query) {
        return rows.stream()
                .filter(row -> query.grade() == null || row.grade() == query.grade())
                .filter(row -> query.contractType() == null || row.contractType() == query.contractType())
                .filter(row -> query.accountManagerId() == null
                        || query.accountManagerId().equals(row.accountManagerId()))
                .filter(row -> matchesSearch(row, query.search()))
                .sorted(query.sort().comparator(query.descending()))
                .toList();
    }

    /** Per grade: clients, and their share of the whole portfolio's revenue and technician time. */
    public static List<GradeSummary> summarize(List<PortfolioRow> rows) {
        BigDecimal totalRevenue = sum(rows, PortfolioRow::revenuePerMonth);
        BigDecimal totalHours = sum(rows, PortfolioRow::hoursPerMonth);
        List<GradeSummary> summary = new ArrayList<>();
        for (Grade grade : Grade.values()) {
            List<PortfolioRow> ofGrade = rows.stream().filter(row -> row.grade() == grade).toList();
            BigDecimal revenue = sum(ofGrade, PortfolioRow::revenuePerMonth);
            BigDecimal hours = sum(ofGrade, PortfolioRow::hoursPerMonth);
            summary.add(new GradeSummary(grade, ofGrade.size(), revenue, percent(revenue, totalRevenue), hours,
                    percent(hours, totalHours)));
        }
        return summary;
    }

    private static boolean matchesSearch(PortfolioRow row, String search) {
        if (search == null || search.isBlank()) {
            return true;
        }
        return row.name().toLowerCase(Locale.ROOT).contains(search.trim().toLowerCase(Locale.ROOT));
    }

    private static BigDecimal sum(List<PortfolioRow> rows, Function<PortfolioRow, BigDecimal> value) {
        return rows.stream().map(value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Share in percent with one decimal; zero when the whole is zero or negative. */
    private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (whole.signum() <= 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_EVEN);
    }

    private static PortfolioRow toRow(Scorecard card, ClientLabel label, GradeOverride override) {
        Scorecard.Financial financial = card.financial();
        Grade grade = override == null ? card.grade() : override.grade();
        return new PortfolioRow(card.clientId(), label.name(), label.contractType(), label.accountManagerId(),
                label.accountManagerName(), grade, card.lowConfidence(), card.composite(), financial.score(),
                card.relationship(), card.gut(), financial.revenuePerMonth(), financial.marginPercent(),
                financial.effectiveHourlyRate(), financial.hoursPerMonth(), card.meanDaysLate(), card.openDisputes(),
                card.grade(), override == null ? null : override.reason());
    }

    private record ClientLabel(long id, String name, ContractType contractType, Long accountManagerId,
            String accountManagerName) {
    }
}
