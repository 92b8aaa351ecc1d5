package org.cxspec.results;

/**
 * How customers feel at one stage of a journey: every answer about its touchpoints, put on a
 * common 0-100 scale (bottom to top of its metric's scale, turned round where lower is better),
 * averaged. The journey map draws these as a line across its stages.
 */
public record StageFeeling(String journey, String stage, Score score) {
}
