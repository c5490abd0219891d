// General-English word lists the place recogniser consults: words that are capitalised for reasons
// other than being places (function words, titles, months, institutions), person cues, and the
// words of reporting that turn a capital into its government. Nothing here is corpus-specific.

import type { Token } from '../text/tokenize.ts';

const set = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/));

/** Function words, pronouns, determiners, numbers, calendar words: never a place on their own. */
export const FUNCTION_WORDS = set(`
a an the this that these those it its he she we they i you his her him our their them my your me us
and or but nor so yet if then than when while after before since as at in on of for with by from to into onto
about over under between during without within through across against among around near also still even just
only now there here where what who whom whose why how which some many most more less all both each every other
another such no not yes one two three four five six seven eight nine ten first second third last next
monday tuesday wednesday thursday friday saturday sunday today tomorrow yesterday tonight
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thurs fri sat sun
mr mrs ms dr st mt ft jr sr rep sen sens gov lt col gen sgt capt pct al el
north south east west northern southern eastern western central northeast northwest southeast southwest
midwest upstate downstate
along amid amidst despite throughout upon beyond behind below above until unless whether though although because via
can could would should shall might must does did is are was were been has have had`);

/**
 * Common nouns and adjectives that are capitalised in titles and sentence starts and are also the
 * names of small towns somewhere (GeoNames has a "Council", a "Hall", a "Police").
 */
export const COMMON_WORDS = set(`
police council hall valley war secretary president minister officer chief court county city state department office
center centre church school college university hospital park street road avenue lake river mount fort bank union
party army navy force forces guard board committee commission agency ministry government congress senate house
assembly parliament republic kingdom empire national international federal public general central north south east
west northern southern eastern western upper lower new old great little big high middle grand royal saint
god lord christ jesus christmas easter hope liberty independence unity victory justice commerce industry enterprise
friendship faith harmony progress trinity home business health energy water power money market news media press
report reports story family people man woman men women child children boy girl police fire rescue emergency
service services security defense defence intelligence military air land sea space sun moon star
people world nation country region area district town village island islands beach coast border capital
free early late best good bad long short black white red green blue gold silver brown gray grey
one union alliance coalition group company corporation inc ltd co corp association society foundation institute
program project plan policy law act bill order rule deal trade health care medicare medicaid
sheriff mayor governor senator judge attorney director manager coach pastor reverend bishop pope king queen prince
princess duke lady sir captain commander general colonel major lieutenant sergeant corporal private admiral
spokesman spokeswoman spokesperson official officials chairman chairwoman ceo founder member members
day night week weekend year month time section patrol pack chamber superior metro gulf earth much none trail main
division unit team staff crew centre center field camp base ground point line station post place site zone square circle
drug drugs continental marine marines mill mills parkway lot lots reserve reserves liberal delta loop landmark
arab arabs jewish jews muslim muslims christian christians catholic catholics protestant hispanic latino latina
english
`);

/** Natural features named after a town or region, which the gazetteer does not hold as such. */
export const FEATURE_WORDS = set(`river rivers creek mountains range glacier canyon`);

/**
 * Names of armed groups that are also the names of villages somewhere ("al-Shabab" is Shabab, Iran;
 * "Hamas" an alternate of Hamm): in a report they are the group. Written forms, normalised.
 */
export const ARMED_GROUPS = new Set(['shabab', 'shabaab', 'al shabab', 'al shabaab', 'hamas', 'hezbollah', 'hizbollah', 'hizballah',
  'taliban', 'houthi', 'houthis', 'qaeda', 'al qaeda', 'daesh', 'isis', 'isil', 'nusra', 'al nusra', 'boko haram', 'ansar allah', 'ansarullah']);

/** Buildings that stand for a government ("the White House said"): never the town of that name. */
export const GOVERNMENT_SEATS = new Set(['white house', 'pentagon', 'kremlin', 'capitol', 'capitol hill', 'downing street', 'elysee']);

/** Words after a name that make it the name of a disease or pathogen ("West Nile virus"). */
export const DISEASE_WORDS = set(`virus viruses fever flu influenza disease syndrome strain strains encephalitis`);

/** Words after a name that make it a street, building or business, not the town ("Dublin Road", "Lincoln Elementary"). */
export const STREET_WORDS = set(`
street st road rd avenue ave drive dr lane ln boulevard blvd way court ct parkway pkwy place pl terrace circle
highway hwy pike turnpike trail alley elementary middle mall plaza inn motel hotel restaurant cafe grill bar
`);

/**
 * Common English given names: before a name-like capitalised word they make a person ("Mary Loveless",
 * "Scott West"). Names of large places (Austin, Charlotte, Victoria...) are left out on purpose.
 */
export const GIVEN_NAMES = set(`
james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark donald
steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric
jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry
tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy christian keith roger terry
gerald harold sean carl arthur lawrence dylan jesse jordan bryan billy joe bruce gabriel logan albert willie alan juan
wayne elijah randy roy vincent ralph eugene russell bobby mason philip louis mary patricia jennifer linda elizabeth
barbara susan jessica sarah karen lisa nancy betty margaret sandra ashley kimberly emily donna michelle carol amanda
dorothy melissa deborah stephanie rebecca sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma
nicole helen samantha katherine christine debra rachel carolyn janet catherine maria heather diane ruth julie olivia
joyce kelly christina lauren joan evelyn judith megan andrea cheryl hannah jacqueline martha gloria teresa ann sara
madison frances kathryn janice jean abigail alice judy sophia grace denise amber doris marilyn danielle beverly isabella
theresa diana natalie brittany charlotte marie kayla alexis lori tim tom jim bob bill mike dave steve ben sam tony
ray dan ron ken greg pete rick chuck jill kate sue pat meg beth liz jen kim lee
`);

/** Words before a name that make it a person ("Gov. Perry", "Defense Minister Bennett"). */
export const PERSON_TITLES = set(`
mr mrs ms miss dr prof sen senator rep representative gov governor pres president minister secretary judge justice
officer detective det sgt sergeant lt lieutenant capt captain gen general col colonel maj major cpl corporal pvt
adm admiral cmdr commander chief mayor coach pastor rev reverend father sister brother bishop rabbi imam sheikh
sheriff deputy trooper agent attorney prosecutor lawyer dean professor chancellor ambassador spokesman spokeswoman
king queen prince princess emperor sir dame lord lady mrs. st. saint pope ayatollah cardinal councilman
councilwoman commissioner superintendent principal director chairman chairwoman ceo executive inspector marshal
`);

/**
 * Institutional head words. A place name right before one of these is still a place
 * ("Shreveport Police Department", "Ohio State"), but a run of other capitalised words is not.
 */
export const ORG_HEADS = set(`
police sheriff sheriffs department dept fire high school schools community public district council board jail town
city state county national regional superior circuit court courts courthouse chamber medical hospital health
university college academy museum library airport station center centre church bank federal municipal international
army navy air defense defence forces force guard guards red electric water power energy times post herald tribune
journal news daily gazette press star mayor governor senator president attorney coroner democratic republican
democrat republicans democrats parks zoo symphony orchestra theater theatre club team rangers government
ministry office commission committee agency authority corporation company association society foundation institute
party league union federation railway railroad transit highway bridge tunnel dam port harbor harbour mall plaza
festival marina manager selectman selectwoman councilman councilwoman councilor patrol
square market regional metro county's area volunteer detention correctional emergency management services
general assembly legislature senate house parliament cabinet embassy consulate mission military intelligence
security guardian observer telegraph independent chronicle examiner standard sun courier review record
`);

/**
 * Institutions and firms that are as often named after a person or a founder as after their town
 * ("Webb Center", "Lee Academy", "Snyder Funeral Home", "Titan Operating", "Turner Construction").
 * Public agencies (police, council, court, schools district) are named after their place and are not here,
 * nor is "Co.", as often a county as a company.
 */
export const EPONYM_HEADS = set(`
center centre academy foundation funeral memorial theater theatre college institute museum gallery library hall
church chapel cathedral temple club company inc llc ltd corp corporation group holdings construction operating
motor motors realty brothers bros associates partners industries enterprises productions studios automotive
welding hauling players
`);

/** Newspapers and agencies written "The X of Y": Y there is part of a title, not a place. */
export const MEDIA_HEADS = set(`times post herald tribune journal gazette chronicle telegraph daily`);

/** Words after a name that make the whole a region or feature of that name. */
export const ADMIN2_SUFFIXES = set(`county parish township borough`);
export const ADMIN1_SUFFIXES = set(`province governorate oblast prefecture region krai emirate canton`);

/** Lower-case words that may sit inside a place name ("Deir ez-Zor", "Rio de Janeiro", "Isle of Man"). */
export const NAME_CONNECTORS = set(`of de du des la le les el al ez az an as ad ar ash at upon on the and y da do dos das del della di van von der den bin ibn sur en am im`);

/** Verbs of saying and deciding: "Jerusalem said", "Tehran warned" make a capital its government. */
export const SPEECH_VERBS = set(`
said says say told tells claimed claims announced announces warned warns accused accuses denied denies insisted
insists demanded demands rejected rejects threatened threatens vowed vows urged urges responded responds agreed
agrees refused refuses wants wanted hopes hoped believes believed considers considered deemed deems decided decides
signaled signalled signals sought seeks backed backs supports supported opposed opposes condemned condemns blamed
blames confirmed confirms acknowledged acknowledges protested protests stated states declared declares pledged
pledges expects expected fears feared sees saw regards regarded views viewed argued argues maintains maintained
imposed imposes sanctioned sanctions recognized recognised recognizes recognises ordered orders
deny accuse warn insist demand reject threaten vow urge respond agree refuse believe consider deem decide seek oppose
condemn blame confirm acknowledge declare pledge expect regard argue maintain impose recognize recognise
`);

/**
 * Verbs of acting as a state: "Ankara ended the truce", "Washington imposed sanctions". In the
 * active voice right after a capital they make it its government (the passive, "Ankara was hit",
 * goes through an auxiliary and stays literal).
 */
export const ACTION_VERBS = set(`
ended ends halted halts suspended suspends launched launches expelled expels recalled recalls summoned summons
retaliated retaliates approved approves signed signs withdrew withdraws froze freezes banned bans blocked blocks
vetoed vetoes cut cuts closed closes severed severs broke breaks joined joins sent sends deployed deploys
downgraded downgrades restored restores resumed resumes extended extends lifted lifts eased eases tightened
tightens offered offers proposed proposes invited invites rebuffed rebuffs dismissed dismisses ruled rules
struck strikes bombed bombs attacked attacks invaded invades annexed annexes
`);

/** Auxiliaries between a capital and a verb of saying ("Jerusalem would not lessen", "Moscow has deemed"). */
export const AUXILIARIES = set(`would will has have had is was does did can could may might must should shall`);

/** Nouns after a possessive capital that belong to a government ("Tehran's nuclear program"). */
export const POLICY_NOUNS = set(`
nuclear program programme policy policies government regime decision decisions position stance support
strategy response officials leadership envoy ambassador military army forces diplomacy diplomats demands
ally allies proxy proxies influence interests claims objections approval backing refusal relations threat threats
`);

/**
 * Frequent general-English words (verbs, nouns, adjectives, adverbs). Capitalised at a sentence
 * start or in a title they are the word, not the town that shares the spelling.
 */
export const GENERAL_ENGLISH = set(`
are is was were be been being am have has had do does did say says said get gets got make makes made go goes went
gone know knows knew take takes took see sees saw come comes came think look looks want wants give gives gave use
uses used find finds found tell tells told ask asks asked work works worked seem seems feel feels try tries tried
leave leaves left call calls called keep keeps kept let put mean means meant run runs ran bring brings brought begin
began hold holds held write wrote stand stood hear heard play plays played move moved live lives lived believe
happen happened include includes including continue continued set sets learn change changed lead leads led
understand watch follow stop create speak read spend grow open walk win offer remember love consider appear buy
wait serve die send expect build stay fall cut reach kill remain suggest raise pass sell require report decide pull
return explain hope develop carry break receive agree support hit produce eat cover catch draw choose cause point
listen realize place close involve thank join enter share save face shaping driving making taking getting looking
re vice economy driver max parks thing things way ways life lives part parts case cases week weeks company system
program question number numbers room mother father story fact lot study book eye eyes job word words issue issues side
kind head service friend friends hour hours game games line lines end member members car cars name names minute minutes
idea ideas kid kids body information back parent parents face level door person art history result results morning
reason research girl guy moment teacher education student students food foods rate rates problem problems plan plans
price prices tax taxes cost costs sale sales deal deals vote votes voters campaign election elections budget
season player players coach fans fan win wins loss record records goal goals score scores match round final finals
crash accident fire fires storm storms flood floods snow rain wind weather traffic bridge dam tower building buildings
farm farms field fields garden gardens forest forests hill hills mountain mountains valley valleys lake lakes
river rivers creek creeks spring springs falls island islands beach beaches harbor harbour port bay bays
good better best bad worse worst new newer old older young younger long longer short high higher low lower big bigger
small smaller large larger great greater little next last early earlier late later able sure certain clear
real full free open close true whole hard easy strong weak fast slow hot cold warm cool dark light heavy rich poor
happy sad nice fine fair super top main key major minor local social special human federal private personal
only also just very really still already even much more most less least well now then soon never always often
again almost once twice here there today tonight yes okay ok oh hey hello thanks please sorry welcome
what when where why how who which while until unless because although though however therefore meanwhile
`);

export function isCapitalisedCommon(norm: string): boolean {
  return FUNCTION_WORDS.has(norm) || COMMON_WORDS.has(norm);
}

export const MODIFIERS = /^(north|south|east|west|northern|southern|eastern|western|central|greater|downtown|upstate|metro|metropolitan|new|old|upper|lower)$/;
// Endings of institutional adjectives and nouns: "Environmental", "Performing", "Services", "Development"
export const COMMON_ENDING = /(al|ic|ive|ary|ory|ment|tion|sion|ing|ers|ies|ity|ance|ence|ship|ism|ist|ists)$/;

/** A capitalised word that could be a personal name: no common, institutional or place word. */
export function looksLikeName(t: Token): boolean {
  if (t.shape === 'UPPER') return false;
  const n = t.norm;
  // a known given name is a name even where it is also a word ("Bill") or ends like one ("Gregory")
  if (GIVEN_NAMES.has(n) && !FUNCTION_WORDS.has(n)) return true;
  if (FUNCTION_WORDS.has(n) || COMMON_WORDS.has(n) || GENERAL_ENGLISH.has(n) || ORG_HEADS.has(n) || MODIFIERS.test(n)) return false;
  return !(n.length >= 7 && COMMON_ENDING.test(n));
}
