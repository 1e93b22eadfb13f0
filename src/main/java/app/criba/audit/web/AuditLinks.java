package app.criba.audit.web;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import app.criba.audit.AuditQuery;

/** Builds the audit page's paging and export links, keeping its filters. */
@Component("auditLinks")
public class AuditLinks {

    public String page(AuditQuery query, int page) {
        return base("/audit", query).queryParam("page", page).build().encode().toUriString();
    }

    public String export(AuditQuery query) {
        return base("/audit.csv", query).build().encode().toUriString();
    }

    private static UriComponentsBuilder base(String path, AuditQuery query) {
        UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path);
        if (query.clientId() != null) {
            builder.queryParam("client", query.clientId());
        }
        if (query.userId() != null) {
            builder.queryParam("user", query.userId());
        }
        if (query.kind() != null) {
            builder.queryParam("kind", query.kind().name());
        }
        if (query.from() != null) {
            builder.queryParam("from", query.from());
        }
        if (query.to() != null) {
            builder.queryParam("to", query.to());
        }
        return builder;
    }
}
