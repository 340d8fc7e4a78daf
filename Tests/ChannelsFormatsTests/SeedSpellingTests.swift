import ChannelsModel
import Foundation
import Testing

/// Every spelling the seeds use for an actor resolves to that actor, in every script, whether the seed
/// writes the name alone, with its title, or with an Arabic proclitic attached.
struct SeedSpellingTests {
    /// A phrase as a seed writes it, and the actor it names.
    struct Spelling: Sendable, CustomTestStringConvertible {
        let graph: String
        let seed: String
        let phrase: String
        let actor: String
        var testDescription: String { "\(phrase) → \(actor)" }
    }

    static let s000 = "000_f5871980013e6b4e.txt", s001 = "001_37c3a1c8d0cfc1e6.txt", s002 = "002_80be2761f51edce1.txt"
    static let s003 = "003_739b4eee6006d42d.txt", s004 = "004_60f0e0c5a2806223.txt"

    /// Titles with names, names with proclitics, and the plural forms the seeds use for states.
    static let spellings: [Spelling] = [
        // Norwegian (000)
        .init(graph: "hostage-deal-2023", seed: s000, phrase: "emiren av Qatar, sjeik Tamim bin Hamad al-Thani", actor: "emir-tamim"),
        .init(graph: "hostage-deal-2023", seed: s000, phrase: "Mossad-direktør David Barnea", actor: "barnea"),
        .init(graph: "hostage-deal-2023", seed: s000, phrase: "CIA-sjef William Burns", actor: "burns"),
        .init(graph: "hostage-deal-2023", seed: s000, phrase: "Israels statsminister Benjamin Netanyahu", actor: "netanyahu"),
        .init(graph: "hostage-deal-2023", seed: s000, phrase: "den egyptiske etterretningssjefen Abbas Kamel", actor: "kamel"),
        .init(graph: "hostage-deal-2023", seed: s000, phrase: "USAs president Joe Biden", actor: "biden"),
        // English (002)
        .init(graph: "hostage-deal-2023", seed: s002, phrase: "US Secretary of State Antony Blinken", actor: "blinken"),
        .init(graph: "hostage-deal-2023", seed: s002, phrase: "Israeli Prime Minister Benjamin Netanyahu", actor: "netanyahu"),
        .init(graph: "hostage-deal-2023", seed: s002, phrase: "The White House's Middle East coordinator, Brett McGurk", actor: "mcgurk"),
        .init(graph: "hostage-deal-2023", seed: s002, phrase: "Hamas's senior political leader Haniyeh", actor: "haniyeh"),
        .init(graph: "hostage-deal-2023", seed: s002, phrase: "Emile", actor: "emir-tamim"),
        .init(graph: "hostage-deal-2023", seed: s002, phrase: "McGek", actor: "mcgurk"),
        // Arabic (001, 003)
        .init(graph: "hostage-deal-2023", seed: s003, phrase: "مستشار الأمن القومي جيك سوليفان", actor: "sullivan"),
        .init(graph: "hostage-deal-2023", seed: s001, phrase: "ومستشار الأمن القومي الأمريكي جيك سوليفان", actor: "sullivan"),
        .init(graph: "hostage-deal-2023", seed: s003, phrase: "وزير الخارجية الأمريكي أنتوني بلينكن", actor: "blinken"),
        .init(graph: "hostage-deal-2023", seed: s003, phrase: "رئيس الوزارء الإسرائيلي بنيامين نتنياهو", actor: "netanyahu"),
        .init(graph: "hostage-deal-2023", seed: s003, phrase: "لبنيامين نتنياهو", actor: "netanyahu"),
        .init(graph: "hostage-deal-2023", seed: s001, phrase: "بنتنياهو", actor: "netanyahu"),
        .init(graph: "hostage-deal-2023", seed: s001, phrase: "لماكجورك", actor: "mcgurk"),
        .init(graph: "hostage-deal-2023", seed: s003, phrase: "لماكغورك", actor: "mcgurk"),
        .init(graph: "hostage-deal-2023", seed: s001, phrase: "وقيصر البيت الأبيض في الشرق الأوسط بريت ماكجورك", actor: "mcgurk"),
        .init(graph: "hostage-deal-2023", seed: s003, phrase: "كبير مستشاري بايدن بريت ماكغورك", actor: "mcgurk"),
        .init(graph: "hostage-deal-2023", seed: s001, phrase: "ومساعد بايدن جوش جيلتزر", actor: "geltzer"),
        .init(graph: "hostage-deal-2023", seed: s003, phrase: "وجوش جيلتزر، نائب مساعد الرئيس في مجلس الأمن القومي", actor: "geltzer"),
        .init(graph: "hostage-deal-2023", seed: s001, phrase: "وبارنيع", actor: "barnea"),
        .init(graph: "hostage-deal-2023", seed: s001, phrase: "رئيس الموساد ديفيد بارنيا", actor: "barnea"),
        .init(graph: "hostage-deal-2023", seed: s001, phrase: "رئيس وكالة المخابرات المركزية وليام بيرنز", actor: "burns"),
        .init(graph: "hostage-deal-2023", seed: s003, phrase: "بمدير وكالة المخابرات المركزية بيل بيرنز", actor: "burns"),
        .init(graph: "hostage-deal-2023", seed: s001, phrase: "بأمير قطر تميم بن حمد آل ثاني", actor: "emir-tamim"),
        .init(graph: "hostage-deal-2023", seed: s003, phrase: "رئيس الوزراء ووزير الخارجية القطري محمد بن عبد الرحمن آل ثاني", actor: "qatar-pm"),
        .init(graph: "hostage-deal-2023", seed: s003, phrase: "عباس كامل، رئيس المخابرات المصرية", actor: "kamel"),
        .init(graph: "hostage-deal-2023", seed: s001, phrase: "وزير الشؤون الاستراتيجية رون ديرمر", actor: "dermer"),
        .init(graph: "hostage-deal-2023", seed: s001, phrase: "ورئيس مجلس الأمن القومي تساحي هنغبي", actor: "hanegbi"),
        .init(graph: "hostage-deal-2023", seed: s003, phrase: "المسؤولين الأمريكيين", actor: "united-states"),
        .init(graph: "hostage-deal-2023", seed: s003, phrase: "الإسرائيليون", actor: "israel"),
        .init(graph: "hostage-deal-2023", seed: s003, phrase: "الإسرائيليين", actor: "israel"),
        .init(graph: "hostage-deal-2023", seed: s003, phrase: "بالبيت الأبيض", actor: "white-house"),
        .init(graph: "hostage-deal-2023", seed: s003, phrase: "خلية المفاوضات السرية", actor: "negotiation-cell"),
        // Arabic (004)
        .init(graph: "ceasefire-talks-2024", seed: s004, phrase: "ديفيد بارنيا، مدير وكالة الاستخبارات الخارجية الإسرائيلية", actor: "barnea"),
        .init(graph: "ceasefire-talks-2024", seed: s004, phrase: "ويليام ج. بيرنز، مدير وكالة المخابرات المركزية", actor: "burns"),
        .init(graph: "ceasefire-talks-2024", seed: s004, phrase: "ورئيس الوزراء القطري الشيخ محمد بن عبد الرحمن آل ثاني", actor: "qatar-pm"),
        .init(graph: "ceasefire-talks-2024", seed: s004, phrase: "الميليشيا اللبنانية", actor: "hezbollah"),
        .init(graph: "ceasefire-talks-2024", seed: s004, phrase: "حزب الله، الميليشيا اللبنانية", actor: "hezbollah"),
        .init(graph: "ceasefire-talks-2024", seed: s004, phrase: "مبعوثي حماس", actor: "hamas-envoys"),
        .init(graph: "ceasefire-talks-2024", seed: s004, phrase: "المسؤولون المصريون", actor: "egyptian-officials"),
    ]

    @Test(arguments: spellings)
    func aSeedSpellingResolvesToItsActor(_ spelling: Spelling) throws {
        let graph = try CuratedGraphTests.load(spelling.graph)
        let resolved = try ActorResolver(graph: graph).resolve(spelling.phrase).get()
        #expect(graph.actors[resolved].id == spelling.actor)
    }

    @Test(.enabled(if: Seeds.areAvailable, Seeds.absentReason), arguments: spellings)
    func theSpellingIsTheSeeds(_ spelling: Spelling) throws {
        #expect(try Seeds.text(spelling.seed).contains(spelling.phrase), "\(spelling.seed) does not write “\(spelling.phrase)”")
    }

    /// Each name an actor lists that a seed writes (as a whole run of words) resolves to that actor, or,
    /// for a name several actors share ("Al Thani"), is reported as ambiguous with that actor among the
    /// candidates unless another actor claims it in `default-for`.
    @Test(.enabled(if: Seeds.areAvailable, Seeds.absentReason), arguments: SeedFactCheckTests.graphs)
    func everyListedNameASeedWritesResolvesToItsActor(name: String) throws {
        let graph = try CuratedGraphTests.load(name)
        let resolver = ActorResolver(graph: graph)
        let seeds = try Set(graph.documents.map(\.id)).map { " " + NameKey.fold(try Seeds.text($0)) + " " }
        var checked = 0
        for (index, actor) in graph.actors.enumerated() {
            for spelling in [actor.name] + actor.aliases {
                let key = NameKey.fold(spelling)
                guard seeds.contains(where: { $0.contains(" \(key) ") }) else { continue }
                checked += 1
                switch resolver.resolve(spelling) {
                case .success(let found):
                    let claimed = graph.actors[found].defaultFor.contains { NameKey.fold($0) == key }
                    #expect(found == index || claimed, "“\(spelling)” resolves to \(graph.actors[found].id), not \(actor.id)")
                case .failure(.ambiguous(_, let candidates)):
                    #expect(candidates.contains(index), "“\(spelling)” is ambiguous without \(actor.id)")
                case .failure(let failure):
                    Issue.record("“\(spelling)” of \(actor.id) does not resolve: \(failure)")
                }
            }
        }
        #expect(checked > graph.actors.count, "only \(checked) listed names were found in the seeds")
    }
}
