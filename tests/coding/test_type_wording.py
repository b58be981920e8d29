"""Event types from the ways wire copy words them: eased curbs, released captives, walkouts from
talks and treaties, shared evidence, police sent in. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from support import countries, top

CASES = [
    # easing restrictions, curbs or rules is easing administrative sanctions (CAMEO 081)
    ("The Moldovan cabinet eased restrictions on private radio stations.", "CONCEDE", "081"),
    ("Officials in Lusaka relaxed the rules on street vendors last week.", "CONCEDE", "081"),
    ("Quito loosened curbs on foreign charities.", "CONCEDE", "081"),
    # sanctions, embargoes and boycotts stay economic easing (CAMEO 085, RETREAT)
    ("The Kenyan government lifted its embargo on Ugandan sugar.", "RETREAT", "085"),
    # ending a curfew or a state of emergency is a concession (PLOVER manual: CONCEDE covers
    # removing curfews); setting captives free and returning boats are RETREAT
    ("Jordan ended the state of emergency in the north.", "CONCEDE", "0814"),
    ("The Ivorian interior minister ended the curfew in Abidjan.", "CONCEDE", "0813"),
    ("Bandits in Zamfara set free eleven abducted traders.", "RETREAT", "0841"),
    ("Senegal returned three impounded boats to Gambia.", "RETREAT", "0842"),
    # walking out of talks halts negotiations; out of a treaty or pact reduces relations
    ("Honduras pulled out of the border talks with Nicaragua.", "SANCTION", "164"),
    ("The separatist delegation withdrew from the negotiations in Oslo.", "SANCTION", "164"),
    ("Estonia withdrew from the fishing treaty with Russia.", "SANCTION", "160"),
    ("Paraguay is pulling out of the regional defence pact.", "SANCTION", "160"),
    # troops still withdraw and pull back (RETREAT)
    ("Sudan withdrew its troops from the disputed oasis.", "RETREAT", "087"),
    # shared evidence is shared information, not an exchange of prisoners
    ("Romanian prosecutors exchanged evidence with Moldovan police.", "COOPERATE", "064"),
    ("Georgia and Armenia exchanged prisoners at the border.", "RETREAT", "0841"),
    # sending police in is increasing police power
    ("The Peruvian government sent police into the mining town of Espinar.", "MOBILIZE", "153"),
    ("Nepal stepped up security at polling stations in Kathmandu.", "MOBILIZE", "153"),
    # manoeuvres and drills of one army show force; joint ones are cooperation
    ("The Greek army began large-scale manoeuvres on Crete.", "MOBILIZE", "150"),
    ("Greek and Cypriot units began joint manoeuvres off Paphos.", "COOPERATE", "062"),
    # an invitation to a summit is AGREE (GUIDE: invitations are 036); to negotiate, a request
    ("Croatia invited the Slovenian premier to a summit in Zagreb.", "AGREE", "036"),
    ("Qatar invited the Sudanese factions to negotiate in Doha.", "REQUEST", "026"),
    # expelling a person who is no envoy is deportation (174); envoys are a diplomatic sanction
    ("Egypt expelled a Dutch correspondent from Cairo.", "COERCE", "174"),
    ("Egypt expelled two Dutch diplomats from Cairo.", "SANCTION", "166"),
    # blocking websites is censorship (1721); unblocking or restoring the internet eases it
    ("Ethiopia blocked access to social media platforms across Tigray.", "COERCE", "1721"),
    ("Pakistani authorities restored internet in Balochistan.", "CONCEDE", "0811"),
    ("Guinea unblocked the opposition news websites.", "CONCEDE", "0811"),
    # 'held X responsible' accuses X; 'brushed aside' rejects
    ("Armenia held Azerbaijan responsible for the shelling.", "ACCUSE", "112"),
    ("The Slovak premier brushed aside calls from Brussels.", "REJECT", "120"),
    # a verdict is ACCUSE (116), as 'convicted' is; the other 'found' patterns stay
    ("A Kenyan court found the former governor guilty of fraud.", "ACCUSE", "116"),
    ("UN investigators found evidence of torture in Libyan prisons.", "ACCUSE", "090"),
    # working together is cooperation; handing someone to prosecutors is judicial cooperation
    ("Kenyan and Somali officials worked together to trace the missing funds.", "COOPERATE", "060"),
    ("Spain handed a Colombian banker over to Dutch prosecutors.", "COOPERATE", "063"),
    # 'let aid in' allows humanitarian access, as 'allowed' does
    ("Turkey let UN aid trucks into Idlib.", "RETREAT", "0863"),
    # an official arriving is a traveller; troops or an army arriving are a deployment
    ("The Indonesian defence minister arrived in Canberra on Tuesday.", "CONSULT", "042"),
    ("Ukrainian troops arrived in the Moldovan capital on Tuesday.", "MOBILIZE", "154"),
    ("The Turkish army arrived in the Syrian town of Afrin.", "MOBILIZE", "154"),
    # a state protesting complains diplomatically (114); people protesting demonstrate (141)
    ("Greece called in the Turkish envoy to protest the overflights.", "ACCUSE", "114"),
    ("Japan protested the Chinese survey ship's entry into its waters.", "ACCUSE", "114"),
    ("Kenyan teachers protested in Nairobi on Monday.", "PROTEST", "141"),
    # relief handed out and funds disbursed are aid
    ("Oxfam distributed food and blankets in Mosul.", "AID", "073"),
    ("The African Development Bank disbursed $40 million to Malawi.", "AID", "071"),
    ("Britain delivered armoured vehicles to the Estonian army.", "AID", "072"),
    # 'lifted'/'eased' with no sanction named is yielding in general (080), not economic (085)
    ("Bolivia eased its stance toward Chile over the port dispute.", "CONCEDE", "080"),
    ("The Malian junta lifted the measures it had imposed on Ivorian traders.", "CONCEDE", "080"),
    # suspending a newspaper or a broadcaster's licence is censorship; a party, a ban
    ("Zimbabwe suspended the licence of an independent radio station.", "COERCE", "1721"),
    ("The Thai election commission suspended the Move Forward party.", "COERCE", "1722"),
    # keeping aid from people stops humanitarian assistance (1623); attending a protest is it
    ("Sudanese soldiers blocked food convoys bound for El Fasher.", "SANCTION", "1623"),
    ("The junta denied aid agencies access to the flooded districts.", "SANCTION", "1623"),
    ("Hundreds of Kenyan teachers attended a rally outside parliament.", "PROTEST", "141"),
    # handing over or ceding territory or control gives it back (0842)
    ("Armenian forces handed over three villages to Azerbaijan.", "RETREAT", "0842"),
    ("Serbia ceded the disputed district to Kosovo.", "RETREAT", "0842"),
    # a weapons test shows military power (150); advisers sent to train are military aid
    ("Iran tested a new ballistic missile on Sunday.", "MOBILIZE", "150"),
    ("Pakistan conducted a missile test over the Arabian Sea.", "MOBILIZE", "150"),
    ("North Korea test-fired a cruise missile off its east coast.", "MOBILIZE", "150"),
    ("Britain sent military advisers to train the Nigerian army.", "AID", "072"),
    # countermeasures promised under a condition are a threat, as retaliation is
    ("China said it would take countermeasures if Manila pressed ahead.", "THREATEN", "130"),
    # a state's drills, exercises and war games show military power (150)
    ("China held large drills around Taiwan on Monday.", "MOBILIZE", "150"),
    ("The Chinese navy staged drills near the Paracel Islands.", "MOBILIZE", "150"),
    ("Russia conducted exercises near the Finnish border.", "MOBILIZE", "150"),
    ("Iran began war games in the Gulf.", "MOBILIZE", "150"),
    # pressing someone to act is a demand on them (100), not the act
    ("Chile pressured Peru to release the detained fishermen.", "REQUEST", "100"),
    # "asserted that X must ..." reports a demand; an aid ban stops humanitarian assistance
    (
        "The African Union's envoy asserted that Sudan must let relief convoys reach Darfur.",
        "REQUEST",
        "100",
    ),
    ("Sudan's aid ban has left thousands hungry in Darfur, the envoy said.", "SANCTION", "1623"),
    # "X is on a visit to Y": the subject of "be" does the event noun after "on"
    ("Malawi's foreign minister is on a two-day visit to Zambia.", "CONSULT", "042"),
    # records or evidence provided to others is shared information; "working with" cooperates
    (
        "The Dutch government provided Moroccan prosecutors with the bank records.",
        "COOPERATE",
        "064",
    ),
    ("Turkish police are working with Greek coast guards to stop smugglers.", "COOPERATE", "060"),
    # munitions shipped, relief goods sent, aid approved, vessels provided are aid
    ("Norway shipped artillery shells to the Ukrainian army.", "AID", "072"),
    ("Australia sent tents and blankets to flood victims in Fiji.", "AID", "073"),
    ("The Japanese cabinet approved $50 million in assistance for Manila.", "AID", "070"),
    ("Spain provided Mauritania with two patrol boats.", "AID", "072"),
    # handing or giving back returns; bans on goods and tariffs eased are economic easing
    ("Armenia handed back four Azerbaijani soldiers at the border.", "RETREAT", "084"),
    ("Kenya returned three Ugandan fishermen to Kampala.", "RETREAT", "0841"),
    ("Belarus lifted its ban on Polish dairy imports.", "RETREAT", "085"),
    ("Ukraine suspended its duties on Moldovan wine.", "RETREAT", "085"),
    ("Turkey eased its siege of the Kurdish town.", "RETREAT", "0872"),
    # a bill, tax or law withdrawn, scrapped or repealed is yielding; a licence reinstated eases
    ("The Zambian cabinet withdrew the new fuel tax after a week of protests.", "CONCEDE", "080"),
    ("Kyrgyzstan repealed its foreign agents law.", "CONCEDE", "080"),
    ("Ghana scrapped the tax on mobile payments.", "CONCEDE", "080"),
    (
        "The Tanzanian regulator reinstated the licence of an opposition newspaper.",
        "CONCEDE",
        "0811",
    ),
    # a party dissolved is banned; a ban on rallies restricts freedoms, not trade
    ("A Cambodian court dissolved the largest opposition party.", "COERCE", "1722"),
    ("The Kenyan police imposed a ban on rallies in Nairobi.", "COERCE", "1721"),
    # walking out of talks halts them; lending halted stops aid
    ("The opposition delegation walked out of the talks in Harare.", "SANCTION", "164"),
    ("The African Development Bank halted lending to Mali.", "SANCTION", "162"),
    # lawsuits filed accuse; a resolution blocked is vetoed; retaliation promised threatens force
    ("Ecuador filed suit against Colombia at the ICJ.", "ACCUSE", "115"),
    ("China blocked a UN resolution on Myanmar.", "REJECT", "129"),
    ("Iran warned that it would retaliate against any Israeli strike.", "THREATEN", "138"),
    # pardoned prisoners are released (0841), as a pardon granted is; blackouts restrict freedoms
    ("The Burmese junta pardoned 700 political prisoners.", "RETREAT", "0841"),
    ("Pakistan imposed an internet blackout in Gilgit.", "COERCE", "1721"),
    # "charged that ...": an accusation, not a criminal charge
    ("Lithuania charged that Minsk was flying balloons across the border.", "ACCUSE", "112"),
    # rescuers dispatched, money loaned or provided, rice shipped: aid
    ("Algeria dispatched rescue teams to Libya after the floods.", "AID", "073"),
    ("Beijing loaned Laos $1 billion for the railway.", "AID", "071"),
    ("Qatar provided $20 million for reconstruction in Lebanon.", "AID", "070"),
    ("Vietnam shipped rice to the Philippines after the typhoon.", "AID", "073"),
    # forces evacuating positions retreat; convoys permitted in; positions softened; teaming up
    ("Rebel fighters evacuated their positions around Goma.", "RETREAT", "0874"),
    ("Myanmar permitted aid convoys to enter Rakhine.", "RETREAT", "0863"),
    ("Serbia softened its stance on the Kosovo licence plates.", "CONCEDE", "080"),
    ("Kenyan and Ethiopian police teamed up to catch the smugglers.", "COOPERATE", "060"),
    ("Senegal partnered with Morocco to train its coast guard.", "COOPERATE", "060"),
    # PETRARCH-2 wordings of verbs the hand lexicon knows, kept as hand rows
    ("Brazil threw its support behind the Bolivian candidate.", "SUPPORT", "051"),
    ("Nicaragua and Costa Rica exchanged insults over the river.", "ACCUSE", "112"),
    ("Mexico expressed outrage over the shooting of its citizens in Texas.", "ACCUSE", "111"),
    ("The Polish premier delivered a sharp rebuke to Budapest.", "ACCUSE", "111"),
    ("Venezuela granted access to the UN rights office.", "RETREAT", "086"),
    ("Chechen volunteers fought alongside Russian forces in Donetsk.", "COOPERATE", "062"),
    ("Ecuador extended the state of emergency in Guayas.", "COERCE", "1724"),
    # headline verbs of criticism and blame
    ("The Bolivian president blasted Chile over the water dispute.", "ACCUSE", "111"),
    ("The Irish premier berated London for the border checks.", "ACCUSE", "111"),
    ("Rwanda pointed the finger at Burundi for the grenade attacks.", "ACCUSE", "112"),
    # a travel ban on officials is a sanction; migrants turned back are expelled
    ("Canada slapped a travel ban on three Iranian commanders.", "SANCTION", "163"),
    ("Maltese patrols turned back a boat of Libyan migrants.", "COERCE", "174"),
    # missiles fired or launched into the sea, at no target, show force (150), as tests do
    ("North Korea fired three short-range missiles into the sea on Monday.", "MOBILIZE", "150"),
    ("Pyongyang launched a cruise missile into waters off its east coast.", "MOBILIZE", "150"),
    # joint ventures, joint investigations and joint forces of two sides are cooperation
    ("Angola and Namibia launched a joint venture to refine oil.", "COOPERATE", "061"),
    (
        "Italian and Albanian prosecutors opened a joint investigation into the fraud.",
        "COOPERATE",
        "063",
    ),
    ("Benin and Togo formed a joint force to guard their border.", "COOPERATE", "062"),
    # aid arriving is aid delivered; weapons given or rushed are military aid; troops rushed
    ("Medical supplies from Jordan arrived in Khan Younis.", "AID", "073"),
    ("France gave the Lebanese army ten armoured vehicles and ammunition.", "AID", "072"),
    ("Britain rushed anti-tank missiles to Kyiv.", "AID", "072"),
    ("Azerbaijan rushed reinforcements to the Armenian frontier.", "MOBILIZE", "154"),
    # caving in accedes; support extended endorses
    ("The Serbian cabinet caved in to pressure from farmers.", "CONCEDE", "083"),
    ("Indonesia extended its full support to the Timorese government.", "SUPPORT", "051"),
    # an ambassador withdrawn is a diplomatic sanction, support withdrawn reduces relations
    ("Chad withdrew its ambassador from Khartoum.", "SANCTION", "161"),
    ("Paraguay withdrew its recognition of the Venezuelan government.", "SANCTION", "160"),
    # police dismantling a criminal ring act against its members; no army demobilises
    ("Colombian police dismantled a people-smuggling network in Cali.", "COERCE", "173"),
    # relief reaching people is aid delivered; fighters struck are a military attack
    ("Food shipments from Egypt reached the Sudanese border town.", "AID", "073"),
    ("Pakistani jets struck militant hideouts in Khost.", "ASSAULT", "190"),
    # records shared with another state's investigators are shared information
    ("Luxembourg shared the company's tax records with Belgian investigators.", "COOPERATE", "064"),
]


@pytest.mark.parametrize(("text", "etype", "cameo"), CASES)
def test_type_from_wording(code, text, etype, cameo):
    m = top(code(text))
    assert (m.event_type, m.cameo) == (etype, cameo), m.explanation


@pytest.mark.parametrize(
    "text",
    [
        "Peru withdrew its candidate for the OAS post.",
        "The Kenyan treasury freed up funds for the maize subsidy.",
    ],
)
def test_a_bid_withdrawn_or_funds_freed_up_is_no_retreat(code, text):
    assert all(m.event_type != "RETREAT" for m in code(text))


@pytest.mark.parametrize(
    "text",
    [
        "Chile summoned the Argentine ambassador on Tuesday and handed him a formal note of complaint.",
        "The Ghanaian foreign minister handed her a letter from the president.",
    ],
)
def test_handing_someone_a_note_or_letter_is_no_handover_of_people(code, text):
    # the dative 'him'/'her' is whom the message goes to, not a person handed over (CAMEO 063)
    assert all(m.cameo != "063" for m in code(text))


def test_handing_a_person_over_is_still_judicial_cooperation(code):
    m = top(code("Peru handed him over to Bolivian authorities on Friday."))
    assert (m.event_type, m.cameo) == ("COOPERATE", "063")


def test_working_with_someone_for_years_is_a_career_not_cooperation(code):
    mentions = code("The Kenyan diplomat worked with the African Union for a decade.")
    assert all(m.event_type != "COOPERATE" for m in mentions)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The Algerian army was put on high alert along the Moroccan frontier.", "DZA"),
        ("Extra Kenyan police units were deployed in Kisumu before the count.", "KEN"),
    ],
)
def test_passive_mobilization_names_the_forces_as_doer(code, text, country):
    m = top(code(text))
    assert m.event_type == "MOBILIZE", m.explanation
    assert country in countries(m.actor), m.explanation
    assert "actor.mobilized_subject" in m.explanation


def test_passive_mobilization_with_an_agent_keeps_the_agent(code):
    m = top(code("The Chilean navy was placed on alert by President Boric."))
    assert m.event_type == "MOBILIZE", m.explanation
    assert "actor.agent" in m.explanation


# -- "X wants Y to <act>": a demand on Y -----------------------------------------------------


@pytest.mark.parametrize(
    "text, actor, recipient",
    [
        ("Brazil wants Argentina to lift the duties on its steel.", "BRA", "ARG"),
        ("Washington also wants Beijing to buy more soybeans, officials said.", "USA", "CHN"),
        ("The European Union wants Britain to pay what it owes.", "EUR", "GBR"),
    ],
)
def test_wanting_another_to_act_is_a_demand_on_them(code, text, actor, recipient):
    m = top(code(text))
    assert m.event_type == "REQUEST" and m.modality == "asserted"
    assert actor in countries(m.actor) and countries(m.recipient) == {recipient}


@pytest.mark.parametrize(
    "text",
    ["Voters want prices to fall before the election.", "Farmers want the rain to stop."],
)
def test_wanting_something_of_no_named_party_is_no_demand(code, text):
    assert all(m.event_type != "REQUEST" for m in code(text))


def test_wanting_to_act_oneself_is_no_demand(code):
    assert all(m.event_type != "REQUEST" for m in code("Brazil wants to talk to Argentina."))


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        # PLOVER manual: RETREAT also covers resignations of government officials
        ("Peru's prime minister resigned on Wednesday.", "RETREAT"),
        ("Kenya's interior minister stepped down after the protests.", "RETREAT"),
        # ... and expressions of regret or remorse are CONCEDE
        ("The Tunisian president apologised to the families of the victims.", "CONCEDE"),
    ],
)
def test_plover_manual_types_for_resignations_and_apologies(code, text, etype):
    assert top(code(text)).event_type == etype


def test_a_day_after_the_person_called_is_no_call_on_them(code):
    text = "Kenya's president called Uganda's president on Sunday to discuss the border."
    assert "REQUEST" not in [m.event_type for m in code(text)]
    m = top(code("Kenya called on Uganda on Sunday to reopen the border."))
    assert m.event_type == "REQUEST"
