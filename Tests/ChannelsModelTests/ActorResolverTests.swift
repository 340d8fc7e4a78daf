import ChannelsModel
import Testing

struct ActorResolverTests {
    let graph = ChannelGraph(
        actors: [
            Actor(id: "biden", name: "Joe Biden", kind: .person, side: "us", aliases: ["Biden", "بايدن", "جو بايدن"]),
            Actor(id: "emir-tamim", name: "Tamim bin Hamad Al Thani", kind: .person, side: "qatar", aliases: ["Emir of Qatar", "أمير قطر", "Al Thani"]),
            Actor(id: "qatar-pm", name: "Mohammed bin Abdulrahman Al Thani", kind: .person, side: "qatar", aliases: ["Qatari PM", "Al Thani"]),
            Actor(id: "hamas", name: "Hamas", kind: .armedGroup, side: "hamas", aliases: ["حماس"], defaultFor: ["Hamas Gaza"]),
            Actor(id: "hamas-gaza", name: "Hamas leadership in Gaza", kind: .armedGroup, side: "hamas", aliases: ["Hamas Gaza", "قادة حماس في غزة"]),
            Actor(id: "haniyeh", name: "Ismail Haniyeh", kind: .person, side: "hamas", aliases: ["Hamas's senior political leader", "هنية"]),
        ],
        channels: [])

    private func resolve(_ query: String) -> Result<Int, ActorResolver.Failure> {
        ActorResolver(graph: graph).resolve(query)
    }

    @Test(arguments: [
        ("biden", 0), ("Joe Biden", 0), ("JOE BIDEN", 0), ("بايدن", 0), ("جو  بايدن", 0),
        ("Emir of Qatar", 1), ("امير قطر", 1), ("أمير قطر", 1), ("Qatari PM", 2),
        ("hamas", 3), ("HAMAS", 3), ("حماس", 3), ("حَمَاس", 3), ("هنيه", 5),
    ])
    func resolvesIdsNamesAndAliasesAcrossScripts(query: String, expected: Int) {
        #expect(resolve(query) == .success(expected))
    }

    @Test func resolvesByWordsWhenNoNameMatchesWhole() {
        #expect(resolve("Tamim") == .success(1))
        #expect(resolve("Abdulrahman") == .success(2))
        #expect(resolve("Haniyeh") == .success(5))
    }

    @Test func reportsAmbiguityWithEveryCandidate() {
        #expect(resolve("Al Thani") == .failure(.ambiguous(query: "Al Thani", candidates: [1, 2])))
        #expect(resolve("Thani") == .failure(.ambiguous(query: "Thani", candidates: [1, 2])))
    }

    @Test func defaultForSettlesAnAmbiguousName() {
        // "Hamas Gaza" is an alias of the Gaza leadership only, so it resolves there; a shared name
        // resolves to the actor that claims it.
        let shared = ChannelGraph(
            actors: [
                Actor(id: "hamas", name: "Hamas", kind: .armedGroup, defaultFor: ["Hamas"]),
                Actor(id: "hamas-doha", name: "Hamas political bureau", kind: .armedGroup, aliases: ["Hamas"]),
            ],
            channels: [])
        #expect(ActorResolver(graph: shared).resolve("hamas") == .success(0))
        #expect(ActorResolver(graph: shared).resolve("Hamas political bureau") == .success(1))
    }

    @Test func suggestsTheNearestNameForATypo() {
        #expect(resolve("hamass") == .failure(.unknown(query: "hamass", suggestions: ["hamas"])))
        #expect(resolve("bidne") == .failure(.unknown(query: "bidne", suggestions: ["biden"])))
        guard case .failure(.unknown(_, let suggestions)) = resolve("Qatri PM") else {
            Issue.record("expected an unknown-actor failure")
            return
        }
        #expect(suggestions.first == "Qatari PM")
    }

    @Test func unknownWithoutNearNamesHasNoSuggestions() {
        #expect(resolve("Zelensky") == .failure(.unknown(query: "Zelensky", suggestions: [])))
    }
}

/// Names written inside a longer phrase: a title with a name, or an Arabic word with its proclitics.
struct ContainedNameTests {
    let graph = ChannelGraph(
        actors: [
            Actor(id: "sullivan", name: "Jake Sullivan", kind: .person,
                  aliases: ["National Security Adviser", "Jake Sullivan", "مستشار الأمن القومي", "جيك سوليفان"]),
            Actor(id: "barnea", name: "David Barnea", kind: .person,
                  aliases: ["Mossad-direktør", "David Barnea", "رئيس الموساد", "ديفيد بارنيا", "بارنيع"]),
            Actor(id: "mossad", name: "Mossad", kind: .intelligenceAgency, aliases: ["الموساد"]),
            Actor(id: "emir", name: "Emir of Qatar", kind: .person, aliases: ["أمير قطر", "Al Thani", "Sheikh Tamim"]),
            Actor(id: "qatar", name: "Qatar", kind: .state, aliases: ["قطر"]),
            Actor(id: "pm", name: "Qatari PM", kind: .person, aliases: ["Al Thani"]),
            Actor(id: "prisoners", name: "Prisoners", kind: .group, aliases: ["الأسرى"]),
            Actor(id: "kamel", name: "Abbas Kamel", kind: .person, aliases: ["كامل", "عباس كامل"]),
            Actor(id: "cabinet", name: "Full cabinet", kind: .forum, aliases: ["مجلس الوزراء بكامل هيئته"]),
        ],
        channels: [])

    private func resolve(_ query: String) -> Result<Int, ActorResolver.Failure> {
        ActorResolver(graph: graph).resolve(query)
    }

    @Test(arguments: [
        ("National Security Adviser Jake Sullivan", 0),    // English: title, then name
        ("مستشار الأمن القومي جيك سوليفان", 0),             // Arabic: the same
        ("Mossad-direktør David Barnea", 1),                // Norwegian
        ("رئيس الموساد ديفيد بارنيا", 1),                    // "الموساد" lies inside "رئيس الموساد"
        ("the Emir of Qatar, Sheikh Tamim", 3),             // "Qatar" lies inside "Emir of Qatar"
        ("Tamim Al Thani, Emir of Qatar", 3),               // a shared name counts for no one
    ])
    func aTitleWithANameResolvesToTheNamedActor(query: String, expected: Int) {
        #expect(resolve(query) == .success(expected))
    }

    @Test func anUnknownPersonWithAKnownTitleIsUnknown() {
        guard case .failure(.unknown) = resolve("National Security Adviser John Bolton") else {
            Issue.record("a title does not make John Bolton Jake Sullivan")
            return
        }
        guard case .failure(.unknown) = resolve("رئيس الموساد يوسي كوهين") else {
            Issue.record("a title does not make another head of Mossad David Barnea")
            return
        }
    }

    @Test func aSharedNameBesideAnotherActorsNameIsAmbiguous() {
        #expect(resolve("Al Thani and Jake Sullivan") == .failure(.ambiguous(query: "Al Thani and Jake Sullivan", candidates: [0, 3, 5])))
        #expect(resolve("Al Thani") == .failure(.ambiguous(query: "Al Thani", candidates: [3, 5])))
    }

    @Test func aWordOfANameMayAlsoBeANameWithAProclitic() {
        // "بكامل" is a word of the cabinet's name ("in full"), and "كامل" with bi-: alone, it is Kamel's
        // name with a proclitic; in the words of the cabinet's name, the cabinet.
        #expect(resolve("بكامل") == .success(7))
        #expect(resolve("بكامل هيئته") == .success(8))
        #expect(resolve("مجلس الوزراء بكامل هيئته") == .success(8))
        let twoReadings = ChannelGraph(actors: [Actor(id: "x", aliases: ["بكامل الصف"]), Actor(id: "kamel", aliases: ["كامل الصف"])], channels: [])
        #expect(ActorResolver(graph: twoReadings).resolve("الصف بكامل") == .failure(.ambiguous(query: "الصف بكامل", candidates: [0, 1])))
    }

    @Test func namesOfTwoActorsInOneQueryAreAmbiguous() {
        #expect(resolve("Jake Sullivan and David Barnea") == .failure(.ambiguous(query: "Jake Sullivan and David Barnea", candidates: [0, 1])))
        #expect(resolve("David Barnea of Mossad") == .failure(.ambiguous(query: "David Barnea of Mossad", candidates: [1, 2])))
    }

    @Test(arguments: [
        ("وبارنيع", 1),       // wa-
        ("بأمير قطر", 3),     // bi- on the first word of a name
        ("لقطر", 4),          // li-
        ("وبالموساد", 2),     // wa- bi- before the article
        ("للأسرى", 6),        // li- merged with the article: لل for ال
        ("ومستشار الأمن القومي جيك سوليفان", 0),
    ])
    func arabicProcliticsComeOffWordsNoNameHas(query: String, expected: Int) {
        #expect(resolve(query) == .success(expected))
    }

    @Test func aWordThatIsANameKeepsItsFirstLetter() {
        // "قطر" is a name, so "بقطر" loses its bi-, but a name that begins with a proclitic letter is not cut.
        let withB = ChannelGraph(actors: [Actor(id: "burns", aliases: ["بيرنز"]), Actor(id: "yrnz", aliases: ["يرنز"])], channels: [])
        #expect(ActorResolver(graph: withB).resolve("بيرنز") == .success(0))
        #expect(ActorResolver(graph: withB).resolve("وبيرنز") == .success(0))
    }
}
