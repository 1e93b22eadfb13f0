package app.criba.recommendation;

/**
 * How the client answered advice, from the trusted-advisor answer ("send me a proposal") to a
 * flat no. NONE means no answer yet.
 */
public enum RecommendationResponse {
    NONE, ACCEPTED, PROPOSAL_REQUESTED, QUESTIONED, CHEAPEST_OPTION, DECLINED
}
