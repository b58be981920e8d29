"""The common wire wordings of each PLOVER type, written down from a thesaurus entry per
category (triggers.tsv, section 'thesaurus round'), and the everyday senses of the same words
that name no political event. Every sentence is invented for this test."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # REJECT
        ("The Peruvian congress threw out a trade pact negotiated with Ecuador.", "REJECT"),
        ("Iran shrugged off European calls to halt uranium enrichment.", "REJECT"),
        ("Latvia waved away Russian complaints about the language law.", "REJECT"),
        ("Sudan stonewalled Chad's demands for compensation.", "REJECT"),
        ("Pakistan scuttled an Indian proposal for a water-sharing commission.", "REJECT"),
        ("Hungary torpedoed the Slovak plan for a joint power grid.", "REJECT"),
        # THREATEN
        ("Iran pledged revenge against Israel for the killing of its general.", "THREATEN"),
        ("Yemen's Houthi rebels swore revenge on Saudi Arabia.", "THREATEN"),
        ("Syria vowed to avenge the killing of its officers by Israel.", "THREATEN"),
        ("Turkey hinted at military action against Kurdish fighters in Syria.", "THREATEN"),
        ("Eritrea menaced Djibouti with troops massed near the border post.", "THREATEN"),
        # SANCTION
        ("Georgia froze talks with the European Union over the visa rules.", "SANCTION"),
        ("Azerbaijan called off peace talks with Armenia.", "SANCTION"),
        ("Hungary pulled out of the International Criminal Court.", "SANCTION"),
        ("Burkina Faso withdrew from the regional bloc ECOWAS.", "SANCTION"),
        ("Argentina pulled its ambassador from Venezuela.", "SANCTION"),
        ("Algeria scrapped its friendship treaty with Spain.", "SANCTION"),
        ("Nicaragua tore up its fisheries agreement with Honduras.", "SANCTION"),
        ("Qatar shelved planned gas investments in Egypt.", "SANCTION"),
        # CONCEDE
        ("The Tunisian government climbed down over the fuel price rises.", "CONCEDE"),
        ("Bangladesh dropped its demand for a new census in the disputed area.", "CONCEDE"),
        ("Uganda waived visa fees for Kenyan traders.", "CONCEDE"),
        ("The Kosovo government capitulated to Serbian pressure over the plates.", "CONCEDE"),
        # ACCUSE
        ("Cambodia reprimanded the Thai ambassador over the comments.", "ACCUSE"),
        ("Egypt took Israel to task over the Rafah operation.", "ACCUSE"),
        ("The Chinese foreign ministry admonished Japan over the shrine visit.", "ACCUSE"),
        # REQUEST
        ("Kosovo pushed for visa liberalisation from the European Union.", "REQUEST"),
        ("Opposition parties in Togo clamoured for an end to the president's rule.", "REQUEST"),
        # AID
        ("Brazil trucked food and water to the Venezuelan border town.", "AID"),
        ("Singapore dispatched a field hospital to Myanmar after the earthquake.", "AID"),
        # RETREAT
        ("Pakistan stood down its troops along the Line of Control.", "RETREAT"),
        ("Ethiopian troops vacated the base near the Eritrean border.", "RETREAT"),
        # COOPERATE, SUPPORT
        ("Egypt and Sudan joined forces to guard the Nile dam sites.", "COOPERATE"),
        ("Brazil and Argentina coordinated their response to the drought.", "COOPERATE"),
        ("South Africa championed Palestine's bid for full UN membership.", "SUPPORT"),
        # reaching a deal is CAMEO 057 (SUPPORT in cameo.tsv), intent is AGREE
        ("Serbia and Kosovo hammered out a deal on licence plates.", "SUPPORT"),
        ("Sudan and South Sudan came to terms on oil transit fees.", "SUPPORT"),
        ("Indonesia signalled readiness to host talks between the two Koreas.", "AGREE"),
        # CONSULT
        ("The Indian prime minister sat down with the Chinese president in Kazan.", "CONSULT"),
        # MOBILIZE
        ("Pakistan heightened security at its border crossings with Afghanistan.", "MOBILIZE"),
        # COERCE
        ("The Venezuelan government stripped the opposition candidate of her seat.", "COERCE"),
        ("Indian authorities evicted Rohingya families from their camp.", "COERCE"),
        ("The Hungarian government muzzled independent media.", "COERCE"),
        # ASSAULT
        ("Gunmen opened fire on a Pakistani police checkpoint.", "ASSAULT"),
        ("Boko Haram fighters stormed a Nigerian army base.", "ASSAULT"),
        ("Rebels lobbed mortars at the Somali presidential palace.", "ASSAULT"),
        ("Myanmar jets strafed a village held by the resistance.", "ASSAULT"),
        # second pass
        ("Armenia nixed a Turkish proposal for a joint history commission.", "REJECT"),
        ("Iran put Saudi Arabia on notice over its oil policy.", "THREATEN"),
        ("Kenya slashed aid to the Somali regional government.", "SANCTION"),
        ("Spain backpedalled on its plan to tax Moroccan tomatoes.", "CONCEDE"),
        ("Libya begged the European Union for more coast guard boats.", "REQUEST"),
        ("Kenya sought Ethiopia's extradition of the suspect.", "REQUEST"),
        ("Lebanon solicited Gulf investment for its power sector.", "REQUEST"),
        ("China gifted Cambodia a new national stadium.", "AID"),
        ("Japan handed Sri Lanka a 100 million dollar grant.", "AID"),
        ("France and Germany partnered on a new fighter jet.", "COOPERATE"),
        ("Chinese and American diplomats held a video call.", "CONSULT"),
        ("Turkey revoked the accreditation of two German journalists.", "COERCE"),
    ],
)
def test_thesaurus_wording_is_coded(code, text, want):
    ms = code(text)
    assert want in [m.event_type for m in ms], [m.explanation for m in ms]


@pytest.mark.parametrize(
    ("text", "not_want"),
    [
        ("Two Ukrainian climbers climbed down from the summit in a storm.", "CONCEDE"),
        ("The Nigerian president championed the new national football league.", "SUPPORT"),
        ("The German chancellor sat down with reporters for an interview.", "CONSULT"),
        ("A French air force pilot bailed out moments before the jet crashed.", "AID"),
        ("The Indian navy scuttled an old frigate to make an artificial reef.", "REJECT"),
        ("The Russian skater was stripped of her Olympic medal.", "COERCE"),
        ("The Japanese goalkeeper shrugged off a knee injury to play in the final.", "REJECT"),
        ("Chinese students clamoured for tickets to the concert.", "REQUEST"),
        ("The Brazilian club came to terms with the loss of its captain.", "SUPPORT"),
        ("Residents of the Greek island heeded calls to evacuate before the storm.", "CONCEDE"),
        ("Kenyan officials shrugged off the bad weather and opened the fair.", "REJECT"),
        ("The Mexican team joined forces with a sponsor to build a stadium.", "AID"),
        ("Qatar played host to the football World Cup in 2022.", "CONSULT"),
        ("Angry Peruvian farmers stormed the town hall in protest at water cuts.", "ASSAULT"),
        ("The Kenyan minister said the result begs the question of who pays.", "REQUEST"),
        ("A Russian oligarch gifted his daughter a yacht.", "AID"),
        ("The Chilean company curtailed copper supply after the strike.", "SANCTION"),
    ],
)
def test_everyday_sense_is_not_that_event(code, text, not_want):
    ms = code(text)
    assert not_want not in [m.event_type for m in ms], [m.explanation for m in ms]
