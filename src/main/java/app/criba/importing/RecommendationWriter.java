package app.criba.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import app.criba.importing.RecommendationStore.Answer;
import app.criba.importing.RecommendationStore.ClientDay;
import app.criba.importing.RecommendationStore.Recommendation;
import app.criba.recommendation.RecommendationResponse;

/**
 * Writes recommendation rows. A row with the same client, proposal date and title (ignoring
 * case) as a stored recommendation is that recommendation: its response, response date and
 * estimated value are updated when they differ. A row without a response leaves a stored
 * recommendation's response and response date as they are, and makes a new one unanswered.
 */
@Component
class RecommendationWriter implements RecordWriter {

    private final RecommendationStore store;

    RecommendationWriter(RecommendationStore store) {
        this.store = store;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.RECOMMENDATIONS;
    }

    @Override
    public void check(ImportRow row, ImportErrors errors) {
        BigDecimal value = row.amount(Fields.ESTIMATED_VALUE);
        if (value != null && value.signum() < 0) {
            errors.reject(row, Fields.ESTIMATED_VALUE, "import.error.amountNegative");
        }
        boolean responseRead = row.has(Fields.RESPONSE) || row.textOf(Fields.RESPONSE).isEmpty();
        boolean respondedRead = row.has(Fields.RESPONDED_ON) || row.textOf(Fields.RESPONDED_ON).isEmpty();
        if (!responseRead || !respondedRead) {
            return;
        }
        RecommendationResponse response = row.choice(Fields.RESPONSE, RecommendationResponse.class,
                RecommendationResponse.NONE);
        LocalDate respondedOn = row.date(Fields.RESPONDED_ON);
        LocalDate proposedOn = row.date(Fields.PROPOSED_ON);
        if (response == RecommendationResponse.NONE && respondedOn != null) {
            errors.reject(row, Fields.RESPONDED_ON, "import.error.respondedWithoutResponse");
        } else if (response != RecommendationResponse.NONE && respondedOn == null) {
            errors.reject(row, Fields.RESPONSE, "import.error.responseWithoutDate");
        }
        if (respondedOn != null && proposedOn != null && respondedOn.isBefore(proposedOn)) {
            errors.reject(row, Fields.RESPONDED_ON, "import.error.respondedBeforeProposed",
                    row.textOf(Fields.PROPOSED_ON));
        }
    }

    @Override
    public String duplicateKey(ImportRow row, ImportContext context) {
        if (!row.has(Fields.PROPOSED_ON) || !row.has(Fields.TITLE)) {
            return null;
        }
        return row.clientId() + "\u0000" + row.date(Fields.PROPOSED_ON) + "\u0000" + titleKey(row.text(Fields.TITLE));
    }

    @Override
    public String duplicateField() {
        return Fields.TITLE;
    }

    @Override
    public void write(List<ImportRow> rows, ImportContext context) {
        List<Recommendation> stored = store.findProposedOn(rows.stream()
                .map(row -> new ClientDay(row.clientId(), row.date(Fields.PROPOSED_ON))).distinct().toList());
        List<Recommendation> inserts = new ArrayList<>();
        List<Recommendation> updates = new ArrayList<>();
        for (ImportRow row : rows) {
            Recommendation existing = find(stored, row);
            if (existing == null) {
                Answer answer = new Answer(
                        row.choice(Fields.RESPONSE, RecommendationResponse.class, RecommendationResponse.NONE),
                        row.date(Fields.RESPONDED_ON), row.amount(Fields.ESTIMATED_VALUE));
                inserts.add(new Recommendation(0, row.clientId(), row.date(Fields.PROPOSED_ON),
                        row.text(Fields.TITLE), answer));
                context.done(row, ImportRow.Action.CREATE);
                continue;
            }
            Answer revised = revise(existing.answer(), row);
            if (revised.sameAs(existing.answer())) {
                context.done(row, ImportRow.Action.SKIP);
            } else {
                updates.add(new Recommendation(existing.id(), existing.clientId(), existing.proposedOn(),
                        existing.title(), revised));
                context.done(row, ImportRow.Action.UPDATE);
            }
        }
        store.insert(inserts, context.runId());
        store.updateAnswers(updates);
    }

    private static Recommendation find(List<Recommendation> stored, ImportRow row) {
        String title = titleKey(row.text(Fields.TITLE));
        return stored.stream()
                .filter(recommendation -> recommendation.clientId() == row.clientId()
                        && recommendation.proposedOn().equals(row.date(Fields.PROPOSED_ON))
                        && titleKey(recommendation.title()).equals(title))
                .findFirst().orElse(null);
    }

    private static String titleKey(String title) {
        return title.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Returns the stored answer with the row's values. A blank value keeps the stored one, but the
     * response and its date change together, so that an unanswered recommendation has no date.
     */
    private static Answer revise(Answer stored, ImportRow row) {
        boolean responseGiven = row.has(Fields.RESPONSE);
        return new Answer(
                responseGiven ? row.choice(Fields.RESPONSE, RecommendationResponse.class, null) : stored.response(),
                responseGiven ? row.date(Fields.RESPONDED_ON) : stored.respondedOn(),
                row.has(Fields.ESTIMATED_VALUE) ? row.amount(Fields.ESTIMATED_VALUE) : stored.estimatedValue());
    }
}
