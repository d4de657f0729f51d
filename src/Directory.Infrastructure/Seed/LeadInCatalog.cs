namespace Directory.Infrastructure.Seed;

/// <summary>
/// The starter vocabulary of lead-in terms: the words people use for each support area and target group
/// that are not its name (professions, conditions, things, life events, colloquial and official names,
/// derived words), from what social workers, parents and LBLT's staff say, not from the demo texts. Terms are
/// separated by "; " as in the CSV staff edit (<c>GET /api/v1/lead-in-terms.csv</c>). A term of several words
/// matches as a phrase (all its words in the query); every term matches in its word forms and with typos.
/// The seed gives these only to an entry that never had a list; after that they are LBLT's to edit.
/// </summary>
public static class LeadInCatalog
{
    public sealed record Terms(string Lv, string En);

    public static readonly IReadOnlyDictionary<string, Terms> SupportAreas = new Dictionary<string, Terms>(StringComparer.Ordinal)
    {
        ["alternative-care"] = new(
            "bērnu nams; bērnunams; bāreņi; bārenis; bāreņu aprūpe; ģimenes aprūpes centrs; bērnu aprūpes iestāde; institucionālā aprūpe; deinstitucionalizācija; ģimeniska vide; bez vecāku gādības; vecāku gādība; ārpusģimene",
            "orphanage; orphan; orphans; children's home; care home; residential care; looked after children; children in care; out of home care; deinstitutionalisation; without parental care"),
        ["foster-care"] = new(
            "audžumamma; audžumāte; audžutētis; audžutēvs; audžuvecāki; audžubērns; audžubērni; specializētā audžuģimene; krīzes audžuģimene; viesģimene; kļūt par audžuģimeni",
            "foster parent; foster parents; foster family; foster carer; foster child; fostering; host family; become a foster parent"),
        ["guardianship"] = new(
            "aizbildnis; aizbildņi; aizbildne; aizbildniecība; bāriņtiesa; vecvecāki audzina; vecmāmiņa audzina; radinieku aprūpe; mazbērni",
            "guardian; legal guardian; guardians; kinship care; grandparents raising grandchildren; custody"),
        ["adoption"] = new(
            "adoptēt; adoptēts; adoptētājs; adoptētāji; adoptētā; adoptētais bērns; adoptīvie vecāki; adoptīvā ģimene; pieņemt bērnu; izcelsmes ģimene",
            "adopt; adopted; adopting; adoptive parents; adoptive family; adopt a child; birth family"),
        ["care-leavers"] = new(
            "pēc bērnu nama; pēc bērnunama; pēc audžuģimenes; pilngadība; kļūt pilngadīgs; jaunietis pēc aprūpes; patstāvīga dzīve; mentors; mentorings; sociālā māja jauniešiem; pusceļa māja",
            "leaving care; care leaver; after care; aftercare; aging out; ageing out; independent living; mentor; mentoring; halfway house"),
        ["safety"] = new(
            "drošs internets; bērnu drošība; pazudis bērns; pazudušie bērni; bērns pazudis; aizsardzība; bērnu aizsardzība; riska ģimene; nolaidība; pamešana novārtā; ielas bērni",
            "child protection; safeguarding; missing child; missing children; runaway; neglect; online safety; internet safety; street children"),
        ["violence-prevention"] = new(
            "mobings; ņirgāšanās; apcelšana; kiberbulings; kibermobings; bulings; pazemošana; emocionālā vardarbība; fiziska sodīšana; pēršana; sišana; agresija; konflikti skolā; vardarbības profilakse",
            "bullying; cyberbullying; harassment; corporal punishment; smacking; aggression; abuse prevention; grooming"),
        ["victim-support"] = new(
            "seksuāla izmantošana; seksuālā vardarbība; izmantošana; izvarošana; pavešana netiklībā; cilvēktirdzniecība; ģimenes vardarbība; vardarbība ģimenē; cietušais bērns; cietusī; sists bērns; krīzes centrs; patversme sievietēm; atbalsta centrs",
            "abuse; abused; abused child; child abuse; sexual abuse; domestic abuse; domestic violence; trafficking; human trafficking; survivor; victims; shelter; refuge"),
        ["crisis-support"] = new(
            "uzticības tālrunis; palīdzības tālrunis; bērnu un pusaudžu uzticības tālrunis; sēras; bēdas; tuvinieka nāve; zaudējums; zaudēja vecākus; traumatisks notikums; ārkārtas situācija; krīzes intervence; karš; bēgļi; ugunsgrēks; nelaime",
            "helpline; hotline; crisis line; emergency; grief; bereavement; loss; death in the family; trauma; traumatic event; refugees; war; disaster"),
        ["health"] = new(
            "ārsts; ārsti; pediatrs; ģimenes ārsts; medmāsa; slimnīca; poliklīnika; veselības aprūpe; medicīniskā palīdzība; zobārsts; vakcinācija; uzturs; veselīgs dzīvesveids",
            "doctor; doctors; paediatrician; pediatrician; GP; nurse; hospital; clinic; healthcare; medical care; dentist; vaccination; nutrition; wellbeing"),
        ["mental-health"] = new(
            "psihologs; psihologi; psiholoģe; bērnu psihologs; psihiatrs; bērnu psihiatrs; psihoterapeits; psihoterapija; terapeits; terapija; konsultācijas; depresija; trauksme; panikas lēkmes; stress; izdegšana; ēšanas traucējumi; anoreksija; bulīmija; pašnāvība; pašnāvības domas; paškaitējums; griešanās; uzvedības traucējumi; hiperaktivitāte; UDHS; psihiskā veselība; emocionālais atbalsts; smilšu spēles terapija; mākslas terapija",
            "psychologist; psychiatrist; psychotherapist; psychotherapy; therapist; therapy; counselling; counseling; counsellor; depression; anxiety; panic attacks; stress; burnout; eating disorder; eating disorders; anorexia; bulimia; suicide; suicidal thoughts; self-harm; ADHD; behaviour problems; emotional support; art therapy"),
        ["disabilities"] = new(
            "invalīds; invalīdi; speciālās vajadzības; īpašās vajadzības; funkcionālie traucējumi; autisms; autiskā spektra traucējumi; AST; Dauna sindroms; cerebrālā trieka; bērnu cerebrālā trieka; ratiņkrēsls; ratiņkrēslā; nedzirdīgs; vājdzirdīgs; neredzīgs; vājredzīgs; garīga atpalicība; intelektuālā attīstība; attīstības traucējumi; personīgais asistents; atelpas brīdis; aprūpētājs",
            "disabled; disability; disabilities; special needs; autism; autistic; ASD; Down syndrome; cerebral palsy; wheelchair; deaf; hard of hearing; blind; visually impaired; learning disability; intellectual disability; developmental delay; respite care; carer"),
        ["rehabilitation"] = new(
            "logopēds; logopēdija; runas traucējumi; valodas attīstība; fizioterapeits; fizioterapija; ergoterapeits; ergoterapija; audiologopēds; ārstnieciskā vingrošana; hipoterapija; zirgu terapija; masāža; agrīnā intervence; smilšu terapija; mūzikas terapija; kustību terapija",
            "speech therapist; speech therapy; speech and language; physiotherapist; physiotherapy; physical therapy; occupational therapist; occupational therapy; hippotherapy; early intervention; music therapy; rehab"),
        ["palliative-care"] = new(
            "hospiss; bērnu hospiss; neārstējama slimība; nedziedināma slimība; dzīvi ierobežojoša slimība; smagi slims bērns; mirstošs bērns; dzīves beigas; atvadīšanās; sāpju mazināšana; mājas aprūpe",
            "hospice; children's hospice; end of life; terminal illness; terminally ill; life limiting; life-limiting condition; seriously ill child; dying; pain relief; home care"),
        ["rare-chronic-conditions"] = new(
            "diabēts; cukura diabēts; epilepsija; astma; alerģija; celiakija; vēzis; onkoloģija; leikēmija; audzējs; cistiskā fibroze; hemofilija; reta slimība; retās slimības; ģenētiska slimība; hroniski slims; sirdskaite; nieru slimība",
            "diabetes; epilepsy; asthma; allergy; coeliac; celiac; cancer; oncology; leukaemia; leukemia; tumour; cystic fibrosis; haemophilia; rare disease; genetic disorder; chronically ill; chronic illness; heart defect"),
        ["addiction-prevention"] = new(
            "alkohols; alkoholisms; dzeršana; narkotikas; narkomānija; smēķēšana; cigaretes; veipošana; veips; elektroniskās cigaretes; azartspēles; spēļu atkarība; datorspēles; ekrāna laiks; telefona atkarība; apreibinošas vielas; līdzatkarība",
            "alcohol; alcoholism; drinking; drugs; drug use; substance abuse; smoking; vaping; vape; e-cigarettes; gambling; gaming; screen time; phone addiction; codependency"),
        ["education"] = new(
            "skola; skolas; skolēns; skolēni; skolotājs; skolotāja; pedagogs; mācības; mācīties; mācību priekšmeti; mājasdarbi; mācību grūtības; eksāmeni; apmācība",
            "school; pupil; student; teacher; teachers; learning; homework; tutoring; exams; training"),
        ["early-childhood"] = new(
            "bērnudārzs; pirmsskola; pirmsskolas izglītība; zīdainis; zīdaiņi; mazulis; mazuļi; jaundzimušais; jaundzimušie; priekšlaicīgi dzimis; grūtniecība; dzemdības; barošana ar krūti; auklīte; rotaļgrupa; agrīnā attīstība",
            "kindergarten; preschool; nursery; baby; babies; infant; infants; toddler; toddlers; newborn; premature baby; pregnancy; birth; breastfeeding; childminder; playgroup"),
        ["inclusive-education"] = new(
            "speciālā skola; speciālā izglītība; speciālās izglītības iestāde; pedagoga palīgs; skolotāja palīgs; asistents skolā; atbalsta personāls; mācīšanās traucējumi; disleksija; diskalkulija; individuālais izglītības plāns; iekļaušana; integrācija skolā; mājmācība",
            "special school; special education; special educational needs; SEN; teaching assistant; learning difficulties; learning disorders; dyslexia; dyscalculia; individual education plan; inclusion; homeschooling"),
        ["non-formal-education"] = new(
            "pulciņi; pulciņš; interešu izglītība; nometne; vasaras nometne; dienas nometne; sports; sporta nodarbības; mūzika; mūzikas nodarbības; deja; māksla; teātris; hobiji; brīvais laiks; ārpusskolas nodarbības; rotaļas; spēles; ekskursijas; radošās darbnīcas",
            "hobby; hobbies; clubs; after school; after-school activities; camp; summer camp; day camp; sport; sports; music lessons; dance; art; theatre; games; workshops; leisure"),
        ["youth-work"] = new(
            "jauniešu centrs; jauniešu centri; jaunatnes centrs; pusaudži; pusaudzis; tīņi; jaunieši; jaunatnes darbinieks; ielu darbs; brīvprātīgais darbs; brīvprātīgie; jauniešu iniciatīvas; NEET jaunieši; karjeras konsultācijas; pirmais darbs",
            "youth centre; youth center; youth club; teenagers; teens; adolescents; young people; youth worker; street work; volunteering; volunteers; NEET; career guidance; first job"),
        ["family-support"] = new(
            "sociālais darbinieks; sociālā darbiniece; sociālais dienests; ģimenes asistents; ģimenes konsultācijas; ģimenes konsultants; vientuļā māte; vientuļais tēvs; viena vecāka ģimene; jaunā ģimene; ģimenes krīze; sociālā rehabilitācija; ģimenes atbalsta centrs; dienas centrs",
            "social worker; social services; family assistant; family counselling; family worker; single mother; single father; single parent; lone parent; young family; family crisis; family centre; day centre"),
        ["parenting"] = new(
            "audzināšana; bērnu audzināšana; vecāku skola; vecāku grupa; vecāku atbalsta grupa; jaunie vecāki; topošie vecāki; dusmu lēkmes; robežas; pozitīvā disciplīna; pusaudžu vecāki; tēvi; māmiņas; vecāku izdegšana; saskarsme ar bērnu",
            "raising children; child rearing; parent classes; parenting course; new parents; expecting parents; tantrums; boundaries; positive discipline; parents of teenagers; fathers; mothers; parental burnout"),
        ["large-families"] = new(
            "Goda ģimene; Goda ģimenes apliecība; 3+ karte; trīs bērni; četri bērni; daudz bērnu; liela ģimene; kuplā ģimene; daudzbērnu atbalsts",
            "many children; big family; three children; family card; Honour Family"),
        ["family-mediation"] = new(
            "šķiršanās; šķiras; šķirties; laulības šķiršana; saskarsmes tiesības; saskarsmes kārtība; strīds par bērnu; vecāku strīds; dzīvesvieta pēc šķiršanās; mediators; samierināšana; kopīga aizgādība; aizgādība",
            "divorce; separation; separated parents; custody dispute; contact arrangements; visitation; co-parenting; mediator; conflict resolution; parental conflict"),
        ["material-support"] = new(
            "apģērbs; apģērbi; drēbes; bērnu apģērbs; apavi; skolas piederumi; skolas somas; mēbeles; bērnu rati; autosēdeklītis; rotaļlietas; ziedojumi; lietotas mantas; higiēnas preces; autiņbiksītes; pabalsts; pabalsti",
            "clothes; clothing; shoes; school supplies; school bags; furniture; pram; stroller; car seat; toys; donations; second-hand; hygiene products; nappies; diapers; benefits; allowance"),
        ["poverty-relief"] = new(
            "pārtika; pārtikas paka; pārtikas pakas; pārtikas banka; zupas virtuve; silta maltīte; brīvpusdienas; trūcīgs; trūcīga ģimene; trūcīgās personas statuss; maznodrošināts; maznodrošinātie; maznodrošināta ģimene; nabadzīgs; nabadzīga ģimene; bezdarbs; parādi; humānā palīdzība; humanitārā palīdzība",
            "food; food aid; food parcel; food bank; soup kitchen; free meals; free school meals; low income; poor family; needy; poverty; unemployment; debt; humanitarian aid"),
        ["housing"] = new(
            "dzīvoklis; dzīvokļi; sociālais dzīvoklis; sociālā dzīvojamā māja; pajumte; patversme; naktspatversme; bezpajumtnieks; bezpajumtnieki; bez mājām; izlikšana; īre; īres maksa; komunālie maksājumi; apkure; mājas remonts",
            "home; homes; homeless; homelessness; shelter; night shelter; social housing; flat; apartment; rent; eviction; utilities; heating; repairs"),
        ["rights"] = new(
            "tiesībsargs; bērnu tiesību aizsardzība; bērnu tiesību inspekcija; ombuds; ANO Bērnu tiesību konvencija; diskriminācija; bērna viedoklis; bērnu līdzdalība; bērna intereses",
            "ombudsman; children's ombudsman; child rights; UN Convention on the Rights of the Child; discrimination; child participation; best interests of the child"),
        ["legal-aid"] = new(
            "jurists; juriste; juridiska konsultācija; advokāts; advokāte; valsts nodrošinātā juridiskā palīdzība; uzturlīdzekļi; alimenti; uzturlīdzekļu garantiju fonds; tiesa; tiesas process; prāva; paternitāte; mantojums; bāriņtiesas lēmums",
            "lawyer; lawyers; solicitor; attorney; legal advice; legal help; child support; maintenance; alimony; court; court case; paternity; inheritance"),
        ["advocacy"] = new(
            "likumprojekts; likumdošana; grozījumi likumā; politika; politikas plānošana; petīcija; kampaņa; sabiedrības informēšana; izpratnes veidošana; lobēšana; pētījums; ziņojums; Saeima",
            "lobbying; policy; legislation; law reform; petition; campaign; awareness; awareness raising; research; report; parliament"),
    };

    public static readonly IReadOnlyDictionary<string, Terms> TargetGroups = new Dictionary<string, Terms>(StringComparer.Ordinal)
    {
        ["age-0-6"] = new("zīdainis; mazulis; mazuļi; pirmsskolēns; pirmsskolas vecums; bērnudārza vecums", "baby; babies; infant; toddler; preschooler; under five; under fives"),
        ["age-7-12"] = new("sākumskola; sākumskolēns; jaunākās klases; skolēns", "primary school; primary pupils; schoolchildren"),
        ["age-13-18"] = new("pusaudži; pusaudzis; tīņi; vidusskolēni; pamatskolēni", "teenagers; teens; adolescents; secondary school"),
        ["young-adults"] = new("jaunieši; studenti; jaunie pieaugušie; pilngadīgie jaunieši", "young people; students; youth"),
        ["parents"] = new("vecāki; mamma; mammas; māmiņas; tētis; tēvi; vientuļie vecāki; topošie vecāki", "mothers; mums; moms; fathers; dads; single parents; expecting parents"),
        ["foster-families"] = new("audžuvecāki; audžumamma; audžutētis; aizbildnis; aizbildņi; adoptētāji; viesģimenes", "foster parents; foster carers; guardians; adoptive parents; kinship carers"),
        ["children-with-disabilities"] = new("speciālās vajadzības; īpašās vajadzības; invalīdi; autisms; funkcionālie traucējumi", "special needs; disabled children; SEN; autism"),
        ["large-families"] = new("Goda ģimene; trīs bērni; daudz bērnu; liela ģimene", "many children; big family; three children"),
        ["professionals"] = new("sociālie darbinieki; pedagogi; skolotāji; psihologi; ārsti; bāriņtiesa; policija; supervīzija; profesionālā pilnveide; kursi speciālistiem", "social workers; teachers; psychologists; doctors; police; supervision; professional development; training for professionals"),
    };
}
