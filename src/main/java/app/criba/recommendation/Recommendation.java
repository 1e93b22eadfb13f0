package app.criba.recommendation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Advice the MSP gave the client (say, replacing an old backup system) and the client's answer. */
@Entity
@Table(name = "recommendation")
public class Recommendation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long clientId;

    private LocalDate proposedOn;

    private String title;

    private BigDecimal estimatedValue;

    @Enumerated(EnumType.STRING)
    private RecommendationResponse response;

    private LocalDate respondedOn;

    @Version
    private long version;

    protected Recommendation() {
    }

    public Recommendation(Long clientId, LocalDate proposedOn, String title, BigDecimal estimatedValue) {
        this.clientId = clientId;
        this.proposedOn = proposedOn;
        this.title = title.trim();
        this.estimatedValue = estimatedValue == null ? null : estimatedValue.setScale(2, RoundingMode.HALF_EVEN);
        this.response = RecommendationResponse.NONE;
    }

    /** Records the client's answer; NONE clears it. */
    public void answer(RecommendationResponse answer, LocalDate on) {
        if (answer == RecommendationResponse.NONE) {
            this.response = RecommendationResponse.NONE;
            this.respondedOn = null;
            return;
        }
        if (on.isBefore(proposedOn)) {
            throw new IllegalArgumentException("answered on " + on + " before proposed on " + proposedOn);
        }
        this.response = answer;
        this.respondedOn = on;
    }

    public Long getId() {
        return id;
    }

    public Long getClientId() {
        return clientId;
    }

    public LocalDate getProposedOn() {
        return proposedOn;
    }

    public String getTitle() {
        return title;
    }

    public BigDecimal getEstimatedValue() {
        return estimatedValue;
    }

    public RecommendationResponse getResponse() {
        return response;
    }

    public LocalDate getRespondedOn() {
        return respondedOn;
    }

    public long getVersion() {
        return version;
    }
}
