-- wrk script for bench/run.sh: q as people vary it. Each request asks two words drawn from these 48 (words
-- of the demo profiles' names, places and support areas, inflected, some without diacritics): 2,304 pairs
-- in random order, far past the 64 parses the API keeps, so most queries are new to it while their words
-- are not.
-- cerības gaismas saules ģimeņu bērnu sirds draudzības jūras meža zemes vasaras ozolu dzintara tilts māja dārzs ligzda avots spārni ceļš sala zieds kalns pļava lukturis atbalsta centrs jauniešu biedrība krīzes fonds audžuģimeņu klubs vecāku latvijai bērniem ģimenēm jauniešiem novadam rīga latgale kurzeme vidzeme zemgale gimenes berni atbalsts palīdzība
local words = {
  "cer%C4%ABbas", "gaismas", "saules", "%C4%A3ime%C5%86u", "b%C4%93rnu", "sirds",
  "draudz%C4%ABbas", "j%C5%ABras", "me%C5%BEa", "zemes", "vasaras", "ozolu",
  "dzintara", "tilts", "m%C4%81ja", "d%C4%81rzs", "ligzda", "avots",
  "sp%C4%81rni", "ce%C4%BC%C5%A1", "sala", "zieds", "kalns", "p%C4%BCava",
  "lukturis", "atbalsta", "centrs", "jaunie%C5%A1u", "biedr%C4%ABba", "kr%C4%ABzes",
  "fonds", "aud%C5%BEu%C4%A3ime%C5%86u", "klubs", "vec%C4%81ku", "latvijai", "b%C4%93rniem",
  "%C4%A3imen%C4%93m", "jaunie%C5%A1iem", "novadam", "r%C4%ABga", "latgale", "kurzeme",
  "vidzeme", "zemgale", "gimenes", "berni", "atbalsts", "pal%C4%ABdz%C4%ABba",
}

init = function(args)
  math.randomseed(os.time() + math.floor(os.clock() * 1000000))
end

request = function()
  local q = words[math.random(#words)] .. "%20" .. words[math.random(#words)]
  return wrk.format("GET", "/api/v1/ngos?q=" .. q)
end
