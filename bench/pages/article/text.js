// The article's text: filler prose of our own, in general terms (no reporting, no figures, nothing quoted),
// long enough (a few thousand words) to stand for a newsroom's long read around an embedded map.

/** Sections: a heading (or none for the opening) and its paragraphs. */
export const SECTIONS = [
  {
    heading: null,
    paragraphs: [
      'Ask a freight forwarder what makes a route good and the answer is rarely about distance. A line on a map can be short and still slow, because the time that matters is spent standing still: at a border, at a change of track gauge, in a yard waiting for a train to be made up, or in an office waiting for a stamp. The long inland stretches between the great coastal economies are full of such pauses, and the story of the last decade there has been an effort, uneven and often unglamorous, to shorten them.',
      'It helps to think of a corridor not as a road or a railway but as a chain of places where work gets done. A container leaves a factory on a truck, is lifted onto a wagon at a terminal, rides for days behind a locomotive, is lifted again at a border where the rails change width, crosses a customs post, and at last is trucked to a warehouse. Every link in that chain has its own owner, its own timetable and its own idea of what counts as urgent.',
      'The people who plan these chains speak of hubs, gateways and dry ports. A hub is where many lines meet and freight is sorted; a gateway is a crossing point where one system hands over to another; a dry port is an inland terminal that behaves like a harbour without the water, with cranes, bonded storage and customs officers on site. None of these words is precise, and the same yard can be all three, depending on who is describing it.',
      'What follows is a general account of how such corridors work, what slows them down and what those who build them tend to try first. It names no companies and cites no numbers; it is meant as background for readers who want to make sense of the map above their morning coffee, and who suspect that the lines on it hide more than they show.',
    ],
  },
  {
    heading: 'The border is where time goes',
    paragraphs: [
      'Almost every study of overland freight arrives at the same place: the border. Trains and trucks can be fast between crossings, but at the crossing they join a queue, and the queue is governed by paperwork, inspection capacity and the simple number of tracks or lanes available. A single missing document can hold a wagon for days while the rest of its train moves on.',
      'Where rail gauges differ, the crossing is also a physical transfer. Containers are lifted from one set of wagons to another, or whole wagons have their wheel sets changed. Both take yard space, cranes and crews, and both work best when trains arrive on a predictable schedule. When several arrive at once, the yard fills, and the delay spreads back along the line like traffic behind a lane closure.',
      'Many of the projects that make headlines are therefore not new lines at all but new sidings, longer transfer tracks, more cranes, a second customs hall or software that lets the two sides of a border see the same manifest before a train arrives. They are harder to photograph than a bridge, and they matter more.',
      "Digital customs is a quiet example. When declarations can be filed and checked before the goods arrive, the border becomes a place for exceptions rather than routine. Officers can spend their time on the few consignments that raise questions, and the rest roll through. The obstacles are familiar to anyone who has tried to connect two organisations: different data formats, different laws about what may be shared, and a natural caution about letting a neighbour see inside one's own systems.",
    ],
  },
  {
    heading: 'Dry ports and the logic of consolidation',
    paragraphs: [
      'An inland terminal earns its keep by gathering small flows into large ones. A block train is efficient only when it is full, and a single factory rarely fills one. So freight is collected by truck from a wide area, sorted at the terminal, and sent onward in trains that run whether or not the last box has arrived. The terminal becomes a meeting point between the granular world of orders and the bulky world of trains.',
      'This logic explains why terminals cluster near large cities and near borders. Near a city there is cargo to gather; near a border there is a handover to manage. The best placed terminals do both, and around them grow warehouses, repair shops, fuel depots and the offices of agents who know how to get things through.',
      'Special economic zones often sit next to such terminals, offering tax or customs advantages to firms that process goods on site. Whether they succeed depends less on their rules than on whether the trains actually come. A zone without reliable connections is a fenced field; a zone with them can attract assembly, packaging and storage that would otherwise happen elsewhere.',
      'Consolidation also works in the other direction. A train that brings consumer goods inland needs cargo for its return, or it travels half empty and the cost of the round trip falls on the outbound leg. Much of the commercial effort along inland corridors goes into finding backhaul: farm produce, metals, chemicals, or simply empty containers that the owners want repositioned.',
    ],
  },
  {
    heading: 'Roads, rails and the last few kilometres',
    paragraphs: [
      'Rail carries the long middle of most inland journeys, but the beginning and end are nearly always by road. Trucks are flexible, can leave when the load is ready, and reach places no siding serves. They are also more exposed to weather, fuel prices and driver shortages, and at busy crossings their queues can stretch for many kilometres.',
      'Some routes are served almost entirely by road because the rail line is missing, full or too slow. Others mix the two, with trucks feeding a terminal from which trains depart on a schedule. The choice is rarely ideological: shippers compare door to door time, cost and the risk that something goes wrong, and pick accordingly, often spreading their cargo across several options to hedge.',
      'The last few kilometres matter more than their length suggests. A terminal that sits at the edge of a congested city, reached by a single road shared with commuters, can lose in an afternoon the hours a fast train gained over a week. Planners increasingly talk about access roads, truck parking and booking systems for terminal gates, the unglamorous cousins of the border improvements described above.',
    ],
  },
  {
    heading: 'Why plans and openings drift apart',
    paragraphs: [
      'Readers of infrastructure news learn to distinguish between an agreement, a plan, a start of construction and an opening. Each is announced with ceremony, and each can be years apart from the next. A memorandum signed at a summit may describe a terminal that is never built; a terminal declared open may handle little traffic for its first seasons while contracts and timetables catch up.',
      'This is not necessarily a sign of failure. Large projects depend on financing, land, permits, equipment deliveries and, above all, on traffic that may take time to shift from established routes. A careful reader treats each stage as its own claim, with its own date and its own source, and resists the temptation to describe a plan as if it were already a place where trains stop.',
      'Maps make this harder, because a line drawn on a map looks equally solid whether it is built or imagined. Good maps of infrastructure therefore show status with care, separate what is operating from what is under construction or merely proposed, and let readers check where each claim came from. The map in this article tries to do exactly that.',
      'Even operating lines vary in what they offer. A service may run daily or monthly; a terminal may handle containers but not bulk goods; a crossing may be open to rail freight but closed to passengers. The details change with the seasons and with trade, and any account written today will be partly out of date by the time it is read.',
    ],
  },
  {
    heading: 'The people who make it work',
    paragraphs: [
      'Behind every train there is a cast that rarely appears in the announcements: dispatchers who decide which train goes first, crane operators who work through the night, inspectors who know which seals to check, and brokers who translate between customs systems. Their skills do not show up on a map, yet a corridor is only as good as the shift that runs it.',
      'Training and staffing are therefore quiet priorities of many corridor programmes. New equipment arrives with manuals in one language and operators who speak another; new software needs people who trust it enough to stop keeping paper copies. The transition is slow and often invisible from outside.',
      'Local communities live alongside all of this. A new terminal brings jobs and traffic, warehouses and noise, and sometimes the promise of a town growing around it. Where the promise holds, schools and clinics follow; where it does not, the yard stands apart from the place it was meant to revive.',
    ],
  },
  {
    heading: 'Weather, seasons and the unexpected',
    paragraphs: [
      'Continental climates are hard on infrastructure. Winters freeze switches and strand trucks on mountain passes; spring thaws soften road beds; summer heat bends rails. Operators plan for all of it, but a severe week can still reshuffle a month of schedules, and the queues it creates take time to clear.',
      'Trade shifts too. A change in demand at one end of a corridor, a new rule at a border, or a disruption on a competing sea route can send volumes up or down within weeks. Corridors with spare capacity absorb such swings; those already running full pass the strain on as delay. Resilience, in this world, mostly means having a second option that is not wholly dependent on the first.',
      'For readers, the lesson is to look at any single snapshot with some humility. A map shows the network as its makers last checked it, with dates attached for a reason. The links below each project are there so that anyone can follow a claim back to where it was reported, and judge for themselves how much weight it can bear.',
    ],
  },
  {
    heading: 'What to watch next',
    paragraphs: [
      'Three things tend to predict whether a corridor grows. The first is whether its border crossings can keep pace with the trains sent to them. The second is whether cargo flows in both directions, so that trains and trucks do not return empty. The third is whether the paperwork travels ahead of the goods, so that the border is a formality for most and a check for few.',
      'None of these is settled by a single project. They depend on many small decisions by railways, customs services, terminal operators and shippers, taken over years. That is why the news from inland corridors so often comes as a steady trickle of modest announcements rather than one dramatic opening, and why a map that collects them in one place can help make the pattern visible.',
      'The same patience applies to reading the map. Zoom in to a crossing and the lines that seemed to run smoothly across a border break into separate stories: a yard here, a new customs hall there, a plan for a second track that may or may not be built. Each carries its own date and its own source, and together they describe a network that is always being rebuilt while it is in use.',
      'It is worth remembering, finally, that freight is only the visible part. Behind it are contracts, insurance, letters of credit, agents and clerks, and the quiet trust between people who have never met but rely on each other to load a train correctly and to send the right documents on time. A corridor is as much a web of habits as it is a line of steel, and habits change more slowly than timetables.',
    ],
  },
];

/** Where the embed stands: after this many paragraphs of the opening (below the fold, as in most long reads). */
export const EMBED_AFTER = 3;
