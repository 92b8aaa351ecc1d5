package org.cxspec.generator.view;

/** A site with survey figures: the journey maps laid out again with scores on their cards and a line of feelings. */
public final class MeasuredSite {

	private MeasuredSite() {
	}

	public static Site of(Site site, Measures measures) {
		return new Site(site.brand(), site.values(), site.segments(), site.metrics(), site.actors(), site.journeys(),
				site.touchpoints(), site.programmes(), site.loops(), site.playbooks(),
				site.journeys().stream().map(journey -> JourneyMaps.layout(journey, measures)).toList(), site.report());
	}
}
