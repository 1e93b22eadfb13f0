package app.criba.client;

/** How the MSP bills the client's support: per incident, a flat managed-services fee, or both. */
public enum ContractType {
    BREAK_FIX, MANAGED, HYBRID
}
