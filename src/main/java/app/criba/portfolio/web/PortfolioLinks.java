package app.criba.portfolio.web;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import app.criba.portfolio.PortfolioQuery;
import app.criba.portfolio.PortfolioSort;

/** Builds the portfolio page's links for sorting and paging while keeping the date and filters. */
@Component("portfolioLinks")
public class PortfolioLinks {

    /** The link that sorts by {@code column}, reversing the order when it is already the sort column. */
    public String sort(PortfolioQuery query, String column) {
        PortfolioSort sort = PortfolioSort.valueOf(column);
        boolean descending = sort == query.sort() ? !query.descending() : sort.defaultDescending();
        return base(query).queryParam("sort", sort.name()).queryParam("dir", descending ? "desc" : "asc")
                .build().encode().toUriString();
    }

    public String page(PortfolioQuery query, int page) {
        return base(query).queryParam("sort", query.sort().name())
                .queryParam("dir", query.descending() ? "desc" : "asc")
                .queryParam("page", page)
                .build().encode().toUriString();
    }

    /** The CSV download of every client the page lists, on all its pages, in the page's order. */
    public String export(PortfolioQuery query) {
        return base("/portfolio.csv", query).queryParam("sort", query.sort().name())
                .queryParam("dir", query.descending() ? "desc" : "asc")
                .build().encode().toUriString();
    }

    private static UriComponentsBuilder base(PortfolioQuery query) {
        return base("/", query);
    }

    private static UriComponentsBuilder base(String path, PortfolioQuery query) {
        UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path).queryParam("asOf", query.asOf());
        if (query.grade() != null) {
            builder.queryParam("grade", query.grade().name());
        }
        if (query.contractType() != null) {
            builder.queryParam("contractType", query.contractType().name());
        }
        if (query.accountManagerId() != null) {
            builder.queryParam("manager", query.accountManagerId());
        }
        if (query.search() != null && !query.search().isBlank()) {
            builder.queryParam("q", query.search().trim());
        }
        return builder;
    }
}
